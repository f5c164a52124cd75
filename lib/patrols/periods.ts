import { addDays, dayOfDbDate, dbDateOf, formatDay, type IsoDay } from "@/lib/dates/day";

// Four-week tactical periods (domain.md: "The forum meets every four-week tactical period"): 28-day
// periods, Monday to Sunday, counted from the first Monday of performance year 2022/23. Numbered
// from 1 so a period has one name in the app, the export and the Home Office return.

export const PERIOD_DAYS = 28;
export const FIRST_PERIOD_START: IsoDay = "2022-04-04";

export type TacticalPeriod = { number: number; start: IsoDay; end: IsoDay };

const DAY_MS = 86_400_000;

/** The period holding a day (days before the first period have none). */
export function periodOf(day: IsoDay): TacticalPeriod | null {
  const offset = Math.floor((dbDateOf(day).getTime() - dbDateOf(FIRST_PERIOD_START).getTime()) / DAY_MS);
  if (offset < 0) return null;
  return periodNumbered(Math.floor(offset / PERIOD_DAYS) + 1);
}

export function periodNumbered(number: number): TacticalPeriod {
  const start = addDays(FIRST_PERIOD_START, (number - 1) * PERIOD_DAYS);
  return { number, start, end: addDays(start, PERIOD_DAYS - 1) };
}

/** The period starting on a day, or null when no period starts then. */
export function periodStartingOn(day: string): TacticalPeriod | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || dayOfDbDate(dbDateOf(day)) !== day) return null;
  const period = periodOf(day as IsoDay);
  return period && period.start === day ? period : null;
}

/** "P12 (5 Sep – 2 Oct 2022)". */
export function periodLabel(period: TacticalPeriod): string {
  return `P${period.number} (${formatDay(period.start)} – ${formatDay(period.end)})`;
}

/** The last `count` periods up to and including the one holding `today`, newest first. */
export function recentPeriods(today: IsoDay, count: number): TacticalPeriod[] {
  const current = periodOf(today);
  if (!current) return [];
  const out: TacticalPeriod[] = [];
  for (let n = current.number; n >= 1 && out.length < count; n--) out.push(periodNumbered(n));
  return out;
}
