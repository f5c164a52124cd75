// Date rules for the home page figures. Pure, so they are unit-tested beside this file.
//
// Offences are counted by their recorded date, and the performance year runs 1 April – 31 March
// (docs/domain.md). "Today" is the calendar date in the UK, not the server's UTC date: between
// midnight and 1 am in summer the two differ.

export type CalendarDate = { year: number; month: number; day: number }; // month 1-12

/** The calendar date in Europe/London at the given instant. */
export function ukDate(instant: Date): CalendarDate {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/London",
    year: "numeric",
    month: "numeric",
    day: "numeric",
  }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part("year"), month: part("month"), day: part("day") };
}

/** A calendar date as the UTC midnight Date that Prisma uses for `@db.Date` columns. */
export function asDbDate(date: CalendarDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

export type PerformanceYear = { label: string; start: CalendarDate; end: CalendarDate };

/** The performance year containing a date: 1 April to 31 March, labelled like "2022/23". */
export function performanceYearOf(date: CalendarDate): PerformanceYear {
  const startYear = date.month >= 4 ? date.year : date.year - 1;
  const endYear = startYear + 1;
  return {
    label: `${startYear}/${String(endYear % 100).padStart(2, "0")}`,
    start: { year: startYear, month: 4, day: 1 },
    end: { year: endYear, month: 3, day: 31 },
  };
}
