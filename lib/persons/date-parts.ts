import { z } from "zod";
import { asDbDate, ukDate } from "@/lib/dashboard/rules";

// GOV.UK date input (day, month, year boxes) for zod: the form keeps three strings, the parsed
// value is an ISO day "YYYY-MM-DD" (serialisable across the server-action boundary). Every message
// lands on the date as a whole, so the error summary links to its first box.

export type DateParts = { day: string; month: string; year: string };
export const EMPTY_DATE: DateParts = { day: "", month: "", year: "" };

const part = z.string().trim().max(4);

/** Today's UK calendar date as "YYYY-MM-DD". */
export function todayIso(now: Date = new Date()): string {
  return isoOf(asDbDate(ukDate(now)));
}

export function isoOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function dbDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export function datePartsOf(date: Date | null): DateParts {
  if (!date) return EMPTY_DATE;
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}

/** Parses the three boxes; null when all are empty. Exported for tests. */
export function parseDateParts(parts: DateParts): { iso: string | null; error: "empty" | "incomplete" | "invalid" | null } {
  const { day, month, year } = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  if (!day && !month && !year) return { iso: null, error: "empty" };
  if (!day || !month || !year) return { iso: null, error: "incomplete" };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { iso: null, error: "invalid" };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { iso: null, error: "invalid" };
  return { iso: isoOf(date), error: null };
}

/**
 * A date field. `label` is lower case as it appears mid-sentence ("date of birth"). Optional dates
 * parse to null when left empty.
 */
export function dateField(label: string, options: { optional?: boolean } = {}) {
  const sentence = label.charAt(0).toUpperCase() + label.slice(1);
  return z.object({ day: part, month: part, year: part }).transform((parts, ctx): string | null => {
    const { iso, error } = parseDateParts(parts);
    if (error === "empty") {
      if (!options.optional) ctx.addIssue({ code: "custom", message: `Enter the ${label}` });
      return null;
    }
    if (error === "incomplete") {
      ctx.addIssue({ code: "custom", message: `${sentence} must include a day, month and year` });
      return null;
    }
    if (error === "invalid") {
      ctx.addIssue({ code: "custom", message: `${sentence} must be a real date` });
      return null;
    }
    return iso;
  });
}
