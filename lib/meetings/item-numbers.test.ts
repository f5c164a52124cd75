import { describe, expect, it } from "vitest";
import { isFixedItem, numberAgendaItems, sectionOf } from "@/lib/meetings/item-numbers";

describe("numberAgendaItems", () => {
  it("orders by section, then position, and numbers within each section (never interleaving sections)", () => {
    // Positions interleave the sections: sorting by position alone would run 1.1, 2.1, 3.1, …, 1.2.
    const items = [
      { id: 1, kind: "FREE" as const, position: 1 },
      { id: 2, kind: "NEW_OFFENCE" as const, position: 2 },
      { id: 3, kind: "THREAT_SUMMARY" as const, position: 1 },
      { id: 4, kind: "OFFENCE_TABLE" as const, position: 1 },
      { id: 5, kind: "SCRUTINY" as const, position: 3 },
      { id: 6, kind: "SCRUTINY" as const, position: 1 },
      { id: 7, kind: "NEW_OFFENCE" as const, position: 3, removedAt: new Date() },
      { id: 8, kind: "ACTION_REVIEW" as const, position: 1 },
      { id: 14, kind: "OPEN_ACTION" as const, position: 0 },
    ];
    expect(numberAgendaItems(items).map((i) => [i.id, i.number])).toEqual([
      [4, "1.1"],
      [2, "1.2"],
      [6, "2.1"],
      [5, "2.2"],
      [14, "3.1"],
      [8, "3.2"],
      [3, "5.1"],
      [1, "6.1"],
    ]);
  });

  it("breaks equal positions by id so the numbers never flicker", () => {
    const items = [
      { id: 9, kind: "FREE" as const, position: 1 },
      { id: 8, kind: "FREE" as const, position: 1 },
    ];
    expect(numberAgendaItems(items).map((i) => i.id)).toEqual([8, 9]);
  });

  it("puts table items in the section of their records, and keeps them there", () => {
    expect(sectionOf("OFFENCE_TABLE")).toBe("NEW_OFFENCE");
    expect(sectionOf("REFERRAL_TABLE")).toBe("REFERRAL_UPDATE");
    expect(isFixedItem("ACTION_REVIEW")).toBe(true);
    expect(isFixedItem("THREAT_SUMMARY")).toBe(true);
    expect(isFixedItem("SCRUTINY")).toBe(false);
  });
  it("leaves removed items out and breaks position ties by id", () => {
    const items = [
      { id: 3, kind: "SCRUTINY" as const, position: 4 },
      { id: 2, kind: "SCRUTINY" as const, position: 4 },
      { id: 1, kind: "SCRUTINY" as const, position: 1, removedAt: new Date() },
    ];
    expect(numberAgendaItems(items).map((i) => [i.id, i.number, i.sectionTitle])).toEqual([
      [2, "2.1", "Cases flagged for scrutiny"],
      [3, "2.2", "Cases flagged for scrutiny"],
    ]);
  });
});
