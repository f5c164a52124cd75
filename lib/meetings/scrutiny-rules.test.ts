import { describe, expect, it } from "vitest";
import { scrutinyWhy, splitScrutiny, type FlaggedCase } from "@/lib/meetings/scrutiny-rules";

const periodStart = new Date("2026-11-10T00:00:00Z");
const at = (d: string) => new Date(`${d}T09:00:00Z`);
const flagged = (offenceId: number, over: Partial<FlaggedCase> = {}): FlaggedCase => ({
  offenceId,
  offenceCode: "8N",
  youngestVictimAge: 40,
  flaggedAt: at("2026-11-20"),
  lastDiscussedAt: null,
  returnAsked: false,
  notReached: false,
  ...over,
});

describe("scrutinyWhy", () => {
  it("names why a flagged case is due", () => {
    expect(
      scrutinyWhy(flagged(1, { returnAsked: true, lastDiscussedAt: at("2026-11-10") }), periodStart),
    ).toBe("RETURNING");
    expect(scrutinyWhy(flagged(1, { notReached: true, flaggedAt: at("2026-10-01") }), periodStart)).toBe(
      "NOT_REACHED",
    );
    expect(scrutinyWhy(flagged(1), periodStart)).toBe("NEW_FLAG");
    expect(scrutinyWhy(flagged(1, { flaggedAt: at("2026-06-01") }), periodStart)).toBe("NEVER_DISCUSSED");
    expect(
      scrutinyWhy(
        flagged(1, { flaggedAt: at("2026-06-01"), lastDiscussedAt: at("2026-10-13") }),
        periodStart,
      ),
    ).toBe("DISCUSSED");
    // Flagged again after the forum last discussed it: a new flag.
    expect(scrutinyWhy(flagged(1, { lastDiscussedAt: at("2026-10-13") }), periodStart)).toBe("NEW_FLAG");
  });
});

describe("splitScrutiny", () => {
  it("takes the most urgent up to the capacity and puts the rest in the table", () => {
    const cases = [
      flagged(1, { flaggedAt: at("2026-06-01") }), // never discussed
      flagged(2), // new flag
      flagged(3, { youngestVictimAge: 17, flaggedAt: at("2026-11-25") }), // new flag, under 25
      flagged(4, { returnAsked: true, lastDiscussedAt: at("2026-11-10"), flaggedAt: at("2026-01-01") }),
      flagged(5, { flaggedAt: at("2026-06-01"), lastDiscussedAt: at("2026-10-13") }), // discussed
    ];
    const { individual, table } = splitScrutiny(cases, periodStart, 3);
    expect(individual.map((c) => [c.offenceId, c.why])).toEqual([
      [4, "RETURNING"],
      [3, "NEW_FLAG"],
      [2, "NEW_FLAG"],
    ]);
    expect(table.map((c) => [c.offenceId, c.why])).toEqual([
      [1, "NEVER_DISCUSSED"],
      [5, "DISCUSSED"],
    ]);
  });
});
