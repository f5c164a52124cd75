// Pure date rules for the offence list (its filters), unit-tested beside this file.

import type { IsoDay } from "@/lib/dates/day";

/** Whichever of two optional windows is narrower where both are given (their intersection). */
export function intersectRange(
  a: { from?: IsoDay; to?: IsoDay },
  b: { from?: IsoDay; to?: IsoDay },
): { from?: IsoDay; to?: IsoDay } {
  const from = a.from && b.from ? (a.from > b.from ? a.from : b.from) : (a.from ?? b.from);
  const to = a.to && b.to ? (a.to < b.to ? a.to : b.to) : (a.to ?? b.to);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
