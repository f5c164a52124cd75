// Pure date rules for the offence list (its filters), unit-tested beside this file.

import { parseDay, type IsoDay } from "@/lib/dates/day";

/** A calendar date as YYYY-MM-DD (lib/dates): compared as text, and sent to PostgreSQL as a `date`. */
export type { IsoDay };

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A filter's date as typed: "27/3/2026", "27-03-2026", "2026-03-27", "31/08/22", "31 Aug 2022" →
 * "2026-03-27"; null unless it is a real date between 2000 and 2100 (the data's span).
 */
export function parseDateInput(value: string): IsoDay | null {
  const day = parseDay(value);
  if (!day) return null;
  const year = Number(day.slice(0, 4));
  return year >= 2000 && year <= 2100 ? day : null;
}

/**
 * The recorded-date window of a performance year (1 April – 31 March, docs/domain.md), by its starting
 * year: 2022 → 2022-04-01 to 2023-03-31, both inclusive.
 */
export function performanceYearRange(startYear: number): { from: IsoDay; to: IsoDay } {
  return { from: `${startYear}-04-01` as IsoDay, to: `${startYear + 1}-03-31` as IsoDay };
}

/** "2022/23" for 2022. */
export function performanceYearLabel(startYear: number): string {
  return `${startYear}/${pad((startYear + 1) % 100)}`;
}

/** The performance years to offer, newest first: from `earliest` to the one containing `today`. */
export function performanceYearsUpTo(today: IsoDay, earliest: number): number[] {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const current = month >= 4 ? year : year - 1;
  const years: number[] = [];
  for (let y = current; y >= earliest; y--) years.push(y);
  return years;
}

/** Whichever of two optional windows is narrower where both are given (their intersection). */
export function intersectRange(
  a: { from?: IsoDay; to?: IsoDay },
  b: { from?: IsoDay; to?: IsoDay },
): { from?: IsoDay; to?: IsoDay } {
  const from = a.from && b.from ? (a.from > b.from ? a.from : b.from) : (a.from ?? b.from);
  const to = a.to && b.to ? (a.to < b.to ? a.to : b.to) : (a.to ?? b.to);
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
