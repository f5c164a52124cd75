import type { IsoDay } from "@/lib/dates/day";

// The harm weight screen's rows (issue 17). Client-safe.

export type HarmWeightRow = {
  id: number;
  weight: number;
  effectiveFrom: IsoDay;
  source: string;
  addedBy: string;
};

export type HarmWeightCode = {
  code: string;
  description: string;
  /** The weight in force today; null when the code has none (it weighs 0). */
  current: HarmWeightRow | null;
  /** Every dated row, newest first: history is never rewritten. */
  rows: HarmWeightRow[];
};
