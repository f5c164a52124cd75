// Pure date rules for the offence list (its filters), unit-tested beside this file.

/** A calendar date as YYYY-MM-DD: compared as text, and sent to PostgreSQL as a `date`. */
export type IsoDay = `${number}-${string}-${string}`;

const pad = (n: number) => String(n).padStart(2, "0");

/** "27/3/2026", "27-03-2026" or "2026-03-27" → "2026-03-27"; null unless it is a real date. */
export function parseDateInput(value: string): IsoDay | null {
  const text = value.trim();
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [year, month, day] = uk ? [+uk[3]!, +uk[2]!, +uk[1]!] : iso ? [+iso[1]!, +iso[2]!, +iso[3]!] : [0, 0, 0];
  if (year < 2000 || year > 2100) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}` as IsoDay;
}

/**
 * The recorded-date window of a performance year (1 April – 31 March, domain.md), by its starting
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
