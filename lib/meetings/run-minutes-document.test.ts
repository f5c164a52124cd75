import { describe, expect, it } from "vitest";
import { minutesDocument } from "./run-minutes-document";
import type { Minutes } from "@/lib/meetings/server/take-minutes";

const minutes: Minutes = {
  id: 4,
  title: "Captiva Guardian – tactical period 9",
  heldAt: new Date("2026-12-08T10:00:00Z"),
  location: "HQ",
  chairName: "Det Supt Test",
  startedAt: new Date("2026-12-08T10:00:00Z"),
  closedAt: new Date("2026-12-08T12:00:00Z"),
  attendees: [{ name: "DC One", organisation: "WMP", status: "PRESENT" }],
  items: [
    {
      id: 1,
      number: "1.1",
      sectionNumber: 1,
      sectionTitle: "New knife-used offences since the last meeting",
      title: "New offence",
      discussed: true,
      note: "Briefed",
      caseRef: "20/1/26",
      personName: "Ash Q",
      decisions: [{ id: 9, text: "Trawl CCTV", rationale: "Overwritten in 31 days" }],
    },
    {
      id: 2,
      number: "5.1",
      sectionNumber: 5,
      sectionTitle: "Threat summary",
      title: "Threat summary",
      discussed: true,
      note: "",
      caseRef: null,
      personName: null,
      decisions: [],
    },
  ],
  actions: [
    {
      id: 3,
      title: "Do the trawl",
      ownerName: "DC One",
      dueOn: new Date("2026-12-20T00:00:00Z"),
      status: "OPEN",
      decisionId: 9,
      caseRef: "20/1/26",
    },
  ],
};

describe("minutesDocument", () => {
  it("has attendance, the pack's sections and numbers with decisions, and actions naming the decision they came from", () => {
    const doc = minutesDocument(minutes);
    expect(doc.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      "A Attendance",
      "1 New knife-used offences since the last meeting",
      "5 Threat summary",
      "B Actions raised",
    ]);
    // The pack's numbers, never renumbered (pack 5.1 stays 5.1, not 2.2).
    expect(doc.sections.flatMap((s) => s.items.map((i) => i.number))).toEqual(["1.1", "5.1"]);
    expect(JSON.stringify(doc.sections[1]!.items[0])).toContain("Decision D1.1.1");
    expect(JSON.stringify(doc.sections[3])).toContain(
      "Do the trawl – DC One, due 20 Dec 2026, open, case 20/1/26 (from decision D1.1.1)",
    );
    expect(JSON.stringify(doc.sections[2]!.items[0])).toContain("Discussed; no note recorded.");
  });
});
