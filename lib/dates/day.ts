// One calendar day for the whole app (issue 19: "one home for dates"). A day is an ISO string
// "YYYY-MM-DD" (serialisable across the server-action boundary, sortable, comparable as text);
// `@db.Date` columns hold it as UTC midnight. Every parser here refuses days that do not exist:
// 2023-02-30 is not 2 March, 2026-13-01 is not 1 January 2027 (issue 16).

export type IsoDay = `${number}-${string}-${string}`;
export type DayParts = { day: string; month: string; year: string };
// Only the Intl parts of an instant; everything else speaks IsoDay.
type CalendarDate = { year: number; month: number; day: number }; // month 1-12

const LONG_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
// GOV.UK abbreviates a month to its first three letters, but September to "Sept".
const SHORT_MONTHS = LONG_MONTHS.map((m) => (m === "September" ? "Sept" : m.slice(0, 3)));

const pad = (n: number) => String(n).padStart(2, "0");

/** True only for a day that exists in the Gregorian calendar (leap years included). */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (
    ![year, month, day].every(Number.isInteger) ||
    year < 1 ||
    year > 9999 ||
    month < 1 ||
    month > 12 ||
    day < 1
  )
    return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The day, or null when it does not exist. */
export function dayOf(year: number, month: number, day: number): IsoDay | null {
  return isRealDay(year, month, day)
    ? (`${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}` as IsoDay)
    : null;
}

/** "jan", "Sept", "august" → 1..12; null for anything else. */
export function monthNumber(text: string): number | null {
  const word = text.trim().toLowerCase().replace(/\.$/, "");
  if (word.length < 3) return null;
  const index = LONG_MONTHS.findIndex(
    (m) => m.toLowerCase().startsWith(word) || (word === "sept" && m === "September"),
  );
  return index === -1 ? null : index + 1;
}

/**
 * A two-digit year as people write it: the century that puts it no more than 20 years ahead of
 * `now` ("22" → 2022, "85" → 1985 in 2026).
 */
function fullYear(text: string, now: Date): number {
  if (text.length !== 2) return Number(text);
  const yy = Number(text);
  const thisYear = now.getUTCFullYear();
  const candidate = Math.floor(thisYear / 100) * 100 + yy;
  return candidate > thisYear + 20 ? candidate - 100 : candidate;
}

/**
 * What people type for a day: "2022-08-31", "31/08/2022", "31/8/22", "31-08-2022", "31.8.2022",
 * "31 Aug 2022", "31 August 22", "31st August 2022". Null unless it is a real day.
 */
export function parseDay(text: string, now: Date = new Date()): IsoDay | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{4}|\d{2})$/.exec(value);
  if (numeric) return dayOf(fullYear(numeric[3]!, now), Number(numeric[2]), Number(numeric[1]));
  const named = /^(\d{1,2})(?:st|nd|rd|th)?[\s\-/]+([A-Za-z]+\.?)[\s\-/,]+(\d{4}|\d{2})$/.exec(value);
  if (named) {
    const month = monthNumber(named[2]!);
    return month === null ? null : dayOf(fullYear(named[3]!, now), month, Number(named[1]));
  }
  return null;
}

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

export type PartsProblem = "empty" | "incomplete" | "invalid";

/**
 * The GOV.UK date input's three boxes. The month may be a number or a name ("Aug"); the year has
 * four digits. `missing` names the empty boxes of an incomplete date.
 */
export function dayFromParts(parts: DayParts): {
  day: IsoDay | null;
  problem: PartsProblem | null;
  missing: (keyof DayParts)[];
} {
  const t = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const missing = (["day", "month", "year"] as const).filter((k) => t[k] === "");
  if (missing.length === 3) return { day: null, problem: "empty", missing: [] };
  if (missing.length > 0) return { day: null, problem: "incomplete", missing: [...missing] };
  const month = /^\d{1,2}$/.test(t.month) ? Number(t.month) : monthNumber(t.month);
  if (!/^\d{1,2}$/.test(t.day) || !/^\d{4}$/.test(t.year) || month === null)
    return { day: null, problem: "invalid", missing: [] };
  const day = dayOf(Number(t.year), month, Number(t.day));
  return day ? { day, problem: null, missing: [] } : { day: null, problem: "invalid", missing: [] };
}

/** The date input with nothing typed. */
export const EMPTY_DAY_PARTS: DayParts = { day: "", month: "", year: "" };

/** The boxes for a day ("2026-03-07" → 7, 3, 2026); empty boxes for null. */
export function partsOfDay(day: string | null | undefined): DayParts {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  if (!match) return { day: "", month: "", year: "" };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

// Each clock is made once: making an Intl.DateTimeFormat (it loads the zone's rules) costs about
// 20 times as much as formatting with one, and made per call it was the app's largest own CPU
// cost per page under load (issue 15: 2.5% of the server's time, in a CPU profile of the load bench).
const ukClock = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", ...options });
const UK_DATE = ukClock({ year: "numeric", month: "numeric", day: "numeric" });
const UK_TIME = ukClock({ hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const UK_OFFSET = ukClock({ timeZoneName: "shortOffset" });

/** Reads the named parts (year, hour, …) of an instant as a clock in Europe/London shows it. */
function ukPartsOf(instant: Date, clock: Intl.DateTimeFormat) {
  const parts = clock.formatToParts(instant);
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
}

/** The calendar date in Europe/London at an instant: between midnight and 1 am in summer it is not the UTC date. */
function ukCalendarDate(instant: Date): CalendarDate {
  const part = ukPartsOf(instant, UK_DATE);
  return { year: Number(part("year")), month: Number(part("month")), day: Number(part("day")) };
}

/** Today in the UK. */
export function todayInUk(now: Date = new Date()): IsoDay {
  const d = ukCalendarDate(now);
  return `${d.year}-${pad(d.month)}-${pad(d.day)}` as IsoDay;
}

/** The `@db.Date` value of a day: UTC midnight. */
export function dbDateOf(day: IsoDay | string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The `@db.Date` value (UTC midnight) of the UK calendar day at an instant: "today" for queries. */
export function dbDateInUk(instant: Date = new Date()): Date {
  return dbDateOf(todayInUk(instant));
}

/** The day of a `@db.Date` value (UTC midnight). */
export function dayOfDbDate(date: Date): IsoDay {
  return date.toISOString().slice(0, 10) as IsoDay;
}

/** The day `days` after (or before, when negative) a day. */
export function addDays(day: IsoDay, days: number): IsoDay {
  return dayOfDbDate(new Date(dbDateOf(day).getTime() + days * 86_400_000));
}

/** Midnight in the UK (GMT or BST) at the start of a day, as an instant. Clocks change at 01:00 UTC, never at midnight. */
export function ukStartOfDay(day: IsoDay): Date {
  const utcMidnight = dbDateOf(day).getTime();
  const zone = ukPartsOf(new Date(utcMidnight), UK_OFFSET)("timeZoneName");
  const offsetHours = Number(/GMT([+-]\d+)/.exec(zone ?? "")?.[1] ?? 0);
  return new Date(utcMidnight - offsetHours * 3_600_000);
}

/** The boxes for a `@db.Date` value; empty boxes for null. */
export function partsOfDbDate(date: Date | null): DayParts {
  return date ? partsOfDay(dayOfDbDate(date)) : EMPTY_DAY_PARTS;
}

/** Whole years between a date of birth and a day (the age on that day); both `@db.Date` values. */
export function ageOn(dateOfBirth: Date, on: Date): number {
  const beforeBirthday =
    on.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (on.getUTCMonth() === dateOfBirth.getUTCMonth() && on.getUTCDate() < dateOfBirth.getUTCDate());
  return on.getUTCFullYear() - dateOfBirth.getUTCFullYear() - (beforeBirthday ? 1 : 0);
}

/** "31 Aug 2022" (Sept, as GOV.UK writes it); `long` gives "31 August 2022". */
export function formatDay(day: IsoDay | string, style: "short" | "long" = "short"): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return `${d} ${(style === "long" ? LONG_MONTHS : SHORT_MONTHS)[m - 1]} ${y}`;
}

/** The UK wall-clock time of an instant as "HH:MM" (24-hour), as the time boxes hold it. */
export function ukTimeOf(instant: Date): string {
  const part = ukPartsOf(instant, UK_TIME);
  return `${part("hour") ?? "00"}:${part("minute") ?? "00"}`;
}
