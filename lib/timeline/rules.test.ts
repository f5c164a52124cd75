import { describe, expect, it } from "vitest";
import { auditEntryLines, changeLines, eventTitle, newestFirst } from "./rules";

describe("changeLines", () => {
  it("reads an alteration's before/after as sentences", () => {
    const changes = {
      fields: {
        status: { from: "OPEN", to: "CHARGED" },
        chargedOn: { from: null, to: "2026-11-20T00:00:00.000Z" },
        outcomeCode: { from: 0, to: 1 },
        scrutinyReason: { from: "Delay", to: null },
      },
    };
    expect(changeLines(changes)).toEqual([
      "Status changed from Open to Charged",
      "Charge date set to 20 Nov 2026",
      "Outcome changed from 0 – Not yet assigned to 1 – Charged/summonsed",
      "Reason for scrutiny removed (was Delay)",
    ]);
  });

  it("names officers by id when it can", () => {
    expect(
      changeLines({ fields: { oicId: { from: 3, to: 9 } } }, { names: { 3: "DC Old", 9: "DC New" } }),
    ).toEqual(["Officer in charge changed from DC Old to DC New"]);
  });

  it("survives malformed rows", () => {
    expect(changeLines(null)).toEqual([]);
    expect(changeLines({ fields: "x" })).toEqual([]);
  });
});

describe("auditEntryLines", () => {
  it("shows a note's text", () => {
    expect(
      auditEntryLines("investigation.note-added", { fields: { body: { from: null, to: "CCTV seized" } } }),
    ).toEqual(["CCTV seized"]);
  });
});

describe("eventTitle and newestFirst", () => {
  it("titles known events and orders newest first, stable for ties", () => {
    expect(eventTitle("investigation.reassigned")).toBe("Officer in charge changed");
    expect(eventTitle("something.else")).toBe("Record changed");
    const at = (iso: string, key: string) => ({ key, at: new Date(iso), title: key, by: null, lines: [] });
    const sorted = newestFirst([at("2026-01-01", "a"), at("2026-03-01", "b"), at("2026-01-01", "c")]);
    expect(sorted.map((e) => e.key)).toEqual(["b", "a", "c"]);
  });
});
