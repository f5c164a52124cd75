import { describe, expect, it } from "vitest";
import { appearsWithin, computeEffectiveness, rate, type EffectivenessReferral } from "./effectiveness";
import { dbDateOf as d } from "@/lib/dates/day";

const TODAY = d("2026-11-27");

let nextId = 1;
function ref(
  fields: Partial<EffectivenessReferral> & Pick<EffectivenessReferral, "state">,
): EffectivenessReferral {
  const id = nextId++;
  return {
    referralId: id,
    personId: id,
    provider: "Redthread",
    pathway: "Hospital youth work",
    referredOn: d("2025-01-01"),
    engagedOn: null,
    completedOn: null,
    ...fields,
  };
}

describe("rate", () => {
  it("is a percentage to one decimal place, null over nothing", () => {
    expect(rate(1, 3)).toBe(33.3);
    expect(rate(2, 3)).toBe(66.7);
    expect(rate(0, 4)).toBe(0);
    expect(rate(0, 0)).toBeNull();
  });
});

describe("appearsWithin", () => {
  it("counts offences strictly after the start and up to the last day of the window", () => {
    const start = d("2026-01-01");
    expect(appearsWithin([d("2026-01-01")], start, 183)).toBe(false); // same day: not "again"
    expect(appearsWithin([d("2026-01-02")], start, 183)).toBe(true);
    expect(appearsWithin([d("2026-07-03")], start, 183)).toBe(true); // day 183
    expect(appearsWithin([d("2026-07-04")], start, 183)).toBe(false); // day 184
    expect(appearsWithin([d("2025-12-31")], start, 365)).toBe(false);
    expect(appearsWithin(undefined, start, 365)).toBe(false);
  });
});

describe("computeEffectiveness", () => {
  it("counts referrals, engagement, completion and re-appearance against the comparison group", () => {
    const completedA = ref({ state: "COMPLETED", engagedOn: d("2025-01-10"), completedOn: d("2025-03-01") });
    const completedB = ref({ state: "COMPLETED", engagedOn: d("2025-01-10"), completedOn: d("2025-03-01") });
    // Completed too recently for either window.
    const completedRecent = ref({
      state: "COMPLETED",
      engagedOn: d("2026-08-01"),
      completedOn: d("2026-10-01"),
    });
    const closedAfterEngaging = ref({ state: "CLOSED", engagedOn: d("2025-02-01") });
    const declined = ref({ state: "DECLINED", referredOn: d("2025-06-01") });
    const closedUnengaged = ref({ state: "CLOSED", referredOn: d("2025-06-01") });
    const stillOpen = ref({ state: "CONTACTED" });
    const other = ref({ state: "REFERRED", provider: "Catch22", pathway: "Violence reduction resettlement" });

    const appearances = new Map<number, Date[]>([
      [completedA.personId, [d("2025-05-01")]], // within 6 months of completion
      [completedB.personId, [d("2025-12-01")]], // within 12 months only
      [declined.personId, [d("2025-06-20")]], // within 6 months of referral
      [closedAfterEngaging.personId, [d("2025-03-01")]], // not in either cohort
    ]);
    const rows = computeEffectiveness(
      [
        completedA,
        completedB,
        completedRecent,
        closedAfterEngaging,
        declined,
        closedUnengaged,
        stillOpen,
        other,
      ],
      appearances,
      TODAY,
    );
    expect(rows.map((r) => r.provider)).toEqual(["Catch22", "Redthread"]);
    const red = rows[1]!;
    expect(red.ids.referred).toHaveLength(7);
    expect(red.ids.engaged.sort()).toEqual(
      [completedA, completedB, completedRecent, closedAfterEngaging].map((r) => r.referralId).sort(),
    );
    expect(red.ids.completed).toHaveLength(3);
    expect(red.engagementRate).toBe(57.1); // 4 / 7
    expect(red.completionRate).toBe(42.9); // 3 / 7
    expect(red.ids["completed-183-eligible"]).toEqual([completedA.referralId, completedB.referralId]);
    expect(red.ids["completed-183-again"]).toEqual([completedA.referralId]);
    expect(red.ids["completed-365-again"]).toEqual([completedA.referralId, completedB.referralId]);
    expect(red.completedAgain).toEqual({ 183: 50, 365: 100 });
    expect(red.ids["comparison-183-eligible"]).toEqual([declined.referralId, closedUnengaged.referralId]);
    expect(red.ids["comparison-183-again"]).toEqual([declined.referralId]);
    expect(red.comparisonAgain).toEqual({ 183: 50, 365: 50 });

    const catch22 = rows[0]!;
    expect(catch22.engagementRate).toBe(0);
    expect(catch22.completedAgain).toEqual({ 183: null, 365: null });
  });

  it("waits for the whole window before counting a completion", () => {
    const done = ref({ state: "COMPLETED", engagedOn: d("2026-01-01"), completedOn: d("2026-05-28") });
    const [row] = computeEffectiveness([done], new Map(), TODAY);
    expect(row!.ids["completed-183-eligible"]).toEqual([done.referralId]); // 28 May + 183 days = 27 Nov
    expect(row!.ids["completed-365-eligible"]).toEqual([]);
    const [later] = computeEffectiveness([done], new Map(), d("2026-11-26"));
    expect(later!.ids["completed-183-eligible"]).toEqual([]);
  });
});
