import { dayOfDbDate, formatDay, todayInUk, ukTimeOf } from "@/lib/dates/day";

// Dates as UK users read them: "27 Nov 2026". Pure and deterministic (no dependence on the
// server's ICU data, which spells September "Sep" in some versions and "Sept" in others).
//
// Two kinds of Date reach the screens:
// - calendar dates from `@db.Date` columns (recordedOn, dueOn), which Prisma gives as UTC
//   midnight: format their UTC parts, never the local ones;
// - instants (a meeting's heldAt), which must be shown in UK time.

/** A `@db.Date` value (UTC midnight): "27 Nov 2026". */
export function formatDate(date: Date): string {
  return formatDay(dayOfDbDate(date));
}

/** The UK calendar date of an instant: "8 Dec 2026". */
export function formatInstantDate(instant: Date): string {
  return formatDay(todayInUk(instant));
}

/** An instant in UK time, GOV.UK style: "8 Dec 2026 at 10am", "8 Dec 2026 at 2:30pm". */
export function formatDateTime(instant: Date): string {
  return `${formatInstantDate(instant)} at ${formatTime(instant)}`;
}

/** UK time of an instant, GOV.UK style: "10am", "2:30pm", "12pm" (midday), "12am" (midnight). */
export function formatTime(instant: Date): string {
  const [hour, minute] = ukTimeOf(instant).split(":").map(Number) as [number, number];
  const suffix = hour < 12 ? "am" : "pm";
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${hour12}${suffix}` : `${hour12}:${String(minute).padStart(2, "0")}${suffix}`;
}
