import { dayOfDbDate, dbDateOf, partsOfDay, todayInUk, type DayParts } from "@/lib/dates/day";
import { dayPartsField } from "@/lib/dates/day-schema";

// The GOV.UK date input as the person, offence and intelligence forms keep it (three strings). The
// parsing, today and the @db.Date conversion live in lib/dates; these names stay for their callers.

export type DateParts = DayParts;
export const EMPTY_DATE: DateParts = { day: "", month: "", year: "" };

/** Today's UK calendar date as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  return todayInUk(now);
}

export function dbDate(iso: string): Date {
  return dbDateOf(iso);
}

export function datePartsOf(date: Date | null): DateParts {
  return date ? partsOfDay(dayOfDbDate(date)) : EMPTY_DATE;
}

/**
 * A date field. `label` is lower case as it appears mid-sentence ("date of birth"). Optional dates
 * parse to null when left empty; days that do not exist are refused, never rolled over.
 */
export function dateField(label: string, options: { optional?: boolean } = {}) {
  return dayPartsField(label, options);
}
