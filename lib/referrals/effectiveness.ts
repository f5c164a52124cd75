import type { ReferralState } from "@/lib/enums";

// Effectiveness of interventions, per provider and pathway (the figures are defined here once; the
// page quotes the same definitions):
// - Referrals: every referral to the provider on that pathway.
// - Engaged: referrals that reached "engaged" (they have an engaged date, whatever happened next).
// - Completed: referrals in state "completed".
// - Engagement rate = engaged ÷ referrals; completion rate = completed ÷ referrals (both %, 1 dp).
// - Appears again: the referred person is linked as victim or suspect (or offender) to a knife-used
//   offence that occurred strictly after the start date and no more than 183 (6 months) or 365
//   (12 months) days after it. Removed links do not count.
//   · Completed group: start = the completion date.
//   · Comparison group ("referred but not engaged"): referrals that ended declined or closed without
//     ever engaging; start = the referral date (they had no programme to finish).
// - A referral counts towards a window only once the whole window has passed (start + days ≤
//   today), so recent completions do not flatter the share; the share = appeared again ÷ eligible.

export const WINDOWS = [183, 365] as const;
export type WindowDays = (typeof WINDOWS)[number];

export type EffectivenessReferral = {
  referralId: number;
  personId: number;
  provider: string;
  pathway: string;
  state: ReferralState;
  referredOn: Date;
  engagedOn: Date | null;
  completedOn: Date | null;
};

/** For each person: the dates of knife-used offences they are linked to as victim or suspect. */
export type KnifeAppearances = ReadonlyMap<number, readonly Date[]>;

export const MEASURES = [
  "referred",
  "engaged",
  "completed",
  "completed-183-eligible",
  "completed-183-again",
  "completed-365-eligible",
  "completed-365-again",
  "comparison-183-eligible",
  "comparison-183-again",
  "comparison-365-eligible",
  "comparison-365-again",
] as const;
export type Measure = (typeof MEASURES)[number];

export const MEASURE_LABELS: Record<Measure, string> = {
  referred: "Referrals",
  engaged: "Engaged",
  completed: "Completed",
  "completed-183-eligible": "Completed, 6 months since completion",
  "completed-183-again": "Completed, appeared again within 6 months",
  "completed-365-eligible": "Completed, 12 months since completion",
  "completed-365-again": "Completed, appeared again within 12 months",
  "comparison-183-eligible": "Referred but not engaged, 6 months since referral",
  "comparison-183-again": "Referred but not engaged, appeared again within 6 months",
  "comparison-365-eligible": "Referred but not engaged, 12 months since referral",
  "comparison-365-again": "Referred but not engaged, appeared again within 12 months",
};

export type EffectivenessRow = {
  provider: string;
  pathway: string;
  /** The referral ids behind each number, so every figure can list its persons. */
  ids: Record<Measure, number[]>;
  engagementRate: number | null;
  completionRate: number | null;
  completedAgain: Record<WindowDays, number | null>;
  comparisonAgain: Record<WindowDays, number | null>;
};

const DAY = 86_400_000;

/** Percentage to one decimal place; null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

export function isComparison(r: EffectivenessReferral): boolean {
  return r.engagedOn === null && (r.state === "DECLINED" || r.state === "CLOSED");
}

/** Did the person appear in a knife-used offence in (start, start + days]? */
export function appearsWithin(dates: readonly Date[] | undefined, start: Date, days: number): boolean {
  const from = start.getTime();
  const to = from + days * DAY;
  return (dates ?? []).some((d) => d.getTime() > from && d.getTime() <= to);
}

function emptyIds(): Record<Measure, number[]> {
  return Object.fromEntries(MEASURES.map((m) => [m, []])) as unknown as Record<Measure, number[]>;
}

/** The figures for every provider and pathway with at least one referral, sorted by name. */
export function computeEffectiveness(
  referrals: readonly EffectivenessReferral[],
  appearances: KnifeAppearances,
  today: Date,
): EffectivenessRow[] {
  const groups = new Map<string, { provider: string; pathway: string; ids: Record<Measure, number[]> }>();
  for (const r of referrals) {
    const key = `${r.provider}\u0000${r.pathway}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { provider: r.provider, pathway: r.pathway, ids: emptyIds() }));
    const ids = group.ids;
    ids.referred.push(r.referralId);
    if (r.engagedOn) ids.engaged.push(r.referralId);

    const cohort =
      r.state === "COMPLETED" && r.completedOn ? "completed" : isComparison(r) ? "comparison" : null;
    if (r.state === "COMPLETED") ids.completed.push(r.referralId);
    if (!cohort) continue;
    const start = cohort === "completed" ? r.completedOn! : r.referredOn;
    for (const days of WINDOWS) {
      if (start.getTime() + days * DAY > today.getTime()) continue;
      ids[`${cohort}-${days}-eligible`].push(r.referralId);
      if (appearsWithin(appearances.get(r.personId), start, days))
        ids[`${cohort}-${days}-again`].push(r.referralId);
    }
  }

  return [...groups.values()]
    .sort(
      (a, b) => a.provider.localeCompare(b.provider, "en-GB") || a.pathway.localeCompare(b.pathway, "en-GB"),
    )
    .map(({ provider, pathway, ids }) => {
      const share = (cohort: "completed" | "comparison", days: WindowDays) =>
        rate(ids[`${cohort}-${days}-again`].length, ids[`${cohort}-${days}-eligible`].length);
      return {
        provider,
        pathway,
        ids,
        engagementRate: rate(ids.engaged.length, ids.referred.length),
        completionRate: rate(ids.completed.length, ids.referred.length),
        completedAgain: { 183: share("completed", 183), 365: share("completed", 365) },
        comparisonAgain: { 183: share("comparison", 183), 365: share("comparison", 365) },
      };
    });
}

export function isMeasure(value: unknown): value is Measure {
  return typeof value === "string" && (MEASURES as readonly string[]).includes(value);
}
