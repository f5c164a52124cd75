import type { IsoDay } from "@/lib/dates/day";

// The performance year runs 1 April – 31 March (docs/domain.md), named by its starting year
// (2022 is "2022/23"). Offences count towards the year of their recorded date.

const pad = (n: number) => String(n).padStart(2, "0");

/** The starting year of the performance year containing a day. */
export function performanceYearContaining(day: IsoDay | string): number {
  const [year, month] = day.split("-").map(Number) as [number, number];
  return month >= 4 ? year : year - 1;
}

/** The same for a `@db.Date` value (UTC midnight). */
export function performanceYearOfDbDate(date: Date): number {
  return date.getUTCMonth() >= 3 ? date.getUTCFullYear() : date.getUTCFullYear() - 1;
}

/** "2022/23" for 2022. */
export function performanceYearLabel(startYear: number): string {
  return `${startYear}/${pad((startYear + 1) % 100)}`;
}

/** The days of a performance year, both inclusive: 2022 → 2022-04-01 to 2023-03-31. */
export function performanceYearRange(startYear: number): { from: IsoDay; to: IsoDay } {
  return { from: `${startYear}-04-01` as IsoDay, to: `${startYear + 1}-03-31` as IsoDay };
}

export type PerformanceYear = { label: string; start: IsoDay; end: IsoDay };

/** The performance year containing a day, with its label and first and last days. */
export function performanceYearOf(day: IsoDay): PerformanceYear {
  const startYear = performanceYearContaining(day);
  const { from, to } = performanceYearRange(startYear);
  return { label: performanceYearLabel(startYear), start: from, end: to };
}

/** The performance years to offer, newest first: from `earliest` to the one containing `today`. */
export function performanceYearsUpTo(today: IsoDay, earliest: number): number[] {
  const years: number[] = [];
  for (let y = performanceYearContaining(today); y >= earliest; y--) years.push(y);
  return years;
}
