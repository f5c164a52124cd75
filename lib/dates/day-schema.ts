import { z } from "zod";
import { dayFromParts, dbDateOf, parseDay, type DayParts, type IsoDay } from "@/lib/dates/day";

// zod for dates, used by every schema that takes one. Two shapes reach the server:
// - a day as text (the date input's combined value, an import cell, a URL parameter): "2026-03-27"
//   or anything parseDay understands; half-filled boxes arrive as "2026--27";
// - the GOV.UK date input's three boxes, for forms that keep them apart.
// Both refuse days that do not exist instead of rolling them over.

export type DayMessages = { required: string; invalid: string; incomplete?: string; tooEarly?: string };
type DayOptions = { optional?: boolean; minYear?: number; maxYear?: number };

/** Text → a real day, or null when empty and optional. */
export function dayText(messages: DayMessages, options: DayOptions = {}) {
  return z
    .string()
    .trim()
    .max(40, messages.invalid)
    .transform((value, ctx): string | null => {
      if (value === "") {
        if (!options.optional) ctx.addIssue({ code: "custom", message: messages.required });
        return null;
      }
      // The date input joins its boxes as year-month-day; an empty box leaves an empty segment.
      if (/^[^-]*-[^-]*-[^-]*$/.test(value) && value.split("-").some((part) => part.trim() === "")) {
        ctx.addIssue({ code: "custom", message: messages.incomplete ?? messages.invalid });
        return null;
      }
      const day = parseDay(value);
      if (!day) {
        ctx.addIssue({ code: "custom", message: messages.invalid });
        return null;
      }
      const year = Number(day.slice(0, 4));
      if (
        (options.minYear !== undefined && year < options.minYear) ||
        (options.maxYear !== undefined && year > options.maxYear)
      ) {
        ctx.addIssue({ code: "custom", message: messages.tooEarly ?? messages.invalid });
        return null;
      }
      return day;
    });
}

/** The same as `dayText` for a required day, typed as never null. */
export function requiredDayText(messages: DayMessages, options: Omit<DayOptions, "optional"> = {}) {
  return dayText(messages, options).transform((day) => day as string);
}

/** `dayText` → the `@db.Date` value (UTC midnight); null when empty and optional. */
export function dbDayText(messages: DayMessages, options: DayOptions = {}) {
  return dayText(messages, options).transform((day) => (day ? dbDateOf(day) : null));
}

/** A required `@db.Date` day. */
export function requiredDbDayText(messages: DayMessages, options: Omit<DayOptions, "optional"> = {}) {
  return dayText(messages, options).transform((day) => dbDateOf(day as IsoDay));
}

const part = z.string().trim().max(9);

/** The three boxes → a real day; `label` lower case as it reads mid-sentence ("date of birth"). */
export function dayPartsField(label: string, options: { optional?: boolean } = {}) {
  const sentence = label.charAt(0).toUpperCase() + label.slice(1);
  return z.object({ day: part, month: part, year: part }).transform((parts: DayParts, ctx): string | null => {
    const { day, problem, missing } = dayFromParts(parts);
    if (problem === "empty") {
      if (!options.optional) ctx.addIssue({ code: "custom", message: `Enter the ${label}` });
      return null;
    }
    if (problem === "incomplete") {
      ctx.addIssue({ code: "custom", message: `${sentence} must include a ${missing.join(" and ")}` });
      return null;
    }
    if (problem === "invalid") {
      ctx.addIssue({ code: "custom", message: `${sentence} must be a real date` });
      return null;
    }
    return day;
  });
}
