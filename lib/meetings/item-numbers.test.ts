import { describe, expect, it } from "vitest";
import { numberAgendaItems } from "./item-numbers";

describe("numberAgendaItems", () => {
  it("takes sections in the forum's order, then position, and numbers within each section", () => {
    // Positions interleave the sections: sorting by position alone would run 1.1, 5.1, 6.1, 1.2.
    const items = [
      { id: 10, kind: "NEW_OFFENCE" as const, position: 1 },
      { id: 11, kind: "THREAT_SUMMARY" as const, position: 1 },
      { id: 12, kind: "FREE" as const, position: 1 },
      { id: 13, kind: "NEW_OFFENCE" as const, position: 2 },
      { id: 14, kind: "OPEN_ACTION" as const, position: 0 },
    ];
    expect(numberAgendaItems(items).map((i) => [i.id, i.number])).toEqual([
      [10, "1.1"],
      [13, "1.2"],
      [14, "3.1"],
      [11, "5.1"],
      [12, "6.1"],
    ]);
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
