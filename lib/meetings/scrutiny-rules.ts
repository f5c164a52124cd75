import { isPriorityOffence } from "@/lib/meetings/rules";

// Which cases flagged for scrutiny the forum takes one by one (issue 12). Flagging is cheap and
// spread over the whole force, so "every flagged case" is hundreds of items at scale. The rule the
// chair works to: a flagged case that is still open comes to the forum on its own when
//   1. an earlier forum decided it should come back (the decision's "return to the forum"),
//   2. it was on an earlier agenda and the forum did not reach it,
//   3. it was flagged since the last meeting (its first look), or
//   4. it has never been discussed at the forum at all;
// in that order of urgency, homicide, attempted murder and under-25 victims first within each,
// oldest flag first, up to the forum's capacity for one morning. Everything else flagged and open
// (discussed before and not asked back, or beyond the capacity) is one "other flagged cases" table,
// from which the analyst or the chair promotes a case to its own item.

/** Individual scrutiny cases one meeting can take (a morning at ~5 minutes a case). */
export const SCRUTINY_ITEMS_PER_MEETING = 40;

export const SCRUTINY_WHY = ["RETURNING", "NOT_REACHED", "NEW_FLAG", "NEVER_DISCUSSED", "DISCUSSED"] as const;
export type ScrutinyWhy = (typeof SCRUTINY_WHY)[number];

export const SCRUTINY_WHY_LABELS: Record<ScrutinyWhy, string> = {
  RETURNING: "returning at the forum's request",
  NOT_REACHED: "not reached at an earlier meeting",
  NEW_FLAG: "flagged since the last meeting",
  NEVER_DISCUSSED: "flagged earlier, not yet discussed",
  DISCUSSED: "discussed before",
};

export type FlaggedCase = {
  offenceId: number;
  offenceCode: string;
  youngestVictimAge: number | null;
  flaggedAt: Date | null;
  /** The last day the forum discussed the case, before this meeting. */
  lastDiscussedAt: Date | null;
  /** The latest earlier decision on the case asked for it to come back. */
  returnAsked: boolean;
  /** On an earlier meeting's agenda as an item of its own, not discussed, and not discussed since. */
  notReached: boolean;
};

/** Why a flagged, open case is on this meeting's agenda (DISCUSSED: only in the table). */
export function scrutinyWhy(c: FlaggedCase, periodStart: Date): ScrutinyWhy {
  if (c.returnAsked) return "RETURNING";
  if (c.notReached) return "NOT_REACHED";
  if (c.lastDiscussedAt == null || (c.flaggedAt != null && c.flaggedAt > c.lastDiscussedAt)) {
    return c.flaggedAt != null && c.flaggedAt >= periodStart ? "NEW_FLAG" : "NEVER_DISCUSSED";
  }
  return "DISCUSSED";
}

function compareFlagged(a: FlaggedCase & { why: ScrutinyWhy }, b: FlaggedCase & { why: ScrutinyWhy }) {
  const urgency = (c: { why: ScrutinyWhy }) => SCRUTINY_WHY.indexOf(c.why);
  const priority = (c: FlaggedCase) => (isPriorityOffence(c) ? 0 : 1);
  const flagged = (c: FlaggedCase) => c.flaggedAt?.getTime() ?? 0;
  return (
    urgency(a) - urgency(b) ||
    priority(a) - priority(b) ||
    flagged(a) - flagged(b) ||
    a.offenceId - b.offenceId
  );
}

/** The cases the forum takes one by one, and the rest (for the "other flagged cases" table), each with its reason. */
export function splitScrutiny<T extends FlaggedCase>(
  cases: readonly T[],
  periodStart: Date,
  capacity = SCRUTINY_ITEMS_PER_MEETING,
): { individual: (T & { why: ScrutinyWhy })[]; table: (T & { why: ScrutinyWhy })[] } {
  const ranked = cases.map((c) => ({ ...c, why: scrutinyWhy(c, periodStart) })).sort(compareFlagged);
  const eligible = ranked.filter((c) => c.why !== "DISCUSSED");
  const individual = eligible.slice(0, capacity);
  const taken = new Set(individual.map((c) => c.offenceId));
  return { individual, table: ranked.filter((c) => !taken.has(c.offenceId)) };
}
