// Calendar dates as ISO strings ("2025-04-01") and day numbers (days since 1970-01-01, UTC), so
// generated data never depends on the machine's time zone. Pure arithmetic (no Date objects):
// the national scale formats millions of dates.

import {
  performanceYearContaining,
  performanceYearLabel as yearLabel,
  performanceYearRange,
} from "@/lib/dates/performance-year";
import { todayInUk } from "@/lib/dates/day";

export type IsoDate = string;

const cache = new Map<number, IsoDate>();

export function dayNumber(iso: IsoDate): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function isoDay(day: number): IsoDate {
  let iso = cache.get(day);
  if (iso === undefined) {
    const [y, m, d] = civilFromDays(day);
    iso = `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
    if (cache.size < 200_000) cache.set(day, iso);
  }
  return iso;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoDay(dayNumber(iso) + days);
}

/** Same day of the month `months` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const d = Math.min(Number(iso.slice(8, 10)), daysInMonth(y, m));
  return isoDay(daysFromCivil(y, m, d));
}

/** A timestamp (ISO, UTC) on the given day at hh:mm. */
export function isoAt(day: number | IsoDate, hour: number, minute = 0): string {
  const total = Math.max(0, Math.round(hour * 60 + minute)); // overflow carries into the next day
  const n = (typeof day === "number" ? day : dayNumber(day)) + Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  return `${isoDay(n)}T${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}:00.000Z`;
}

/** Whole years of age on a date, from a date of birth. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const by = Number(dateOfBirth.slice(0, 4));
  const bmd = Number(dateOfBirth.slice(5, 7)) * 100 + Number(dateOfBirth.slice(8, 10));
  const y = Number(on.slice(0, 4));
  const md = Number(on.slice(5, 7)) * 100 + Number(on.slice(8, 10));
  return y - by - (md < bmd ? 1 : 0);
}

/** 1 April that starts the performance year containing `iso` (lib/dates/performance-year). */
export function performanceYearStart(iso: IsoDate): IsoDate {
  return performanceYearRange(performanceYearContaining(iso)).from;
}

/** "2025/26" for any date in that performance year. */
export function performanceYearLabel(iso: IsoDate): string {
  return yearLabel(performanceYearContaining(iso));
}

/** Today's calendar date in the UK (lib/dates). */
export function todayIso(): IsoDate {
  return todayInUk();
}

function daysInMonth(y: number, m: number): number {
  return m === 2
    ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(m)
      ? 30
      : 31;
}

// Howard Hinnant's civil calendar algorithms (proleptic Gregorian).
function daysFromCivil(y0: number, m: number, d: number): number {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z0: number): [number, number, number] {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [m <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, m, d];
}
