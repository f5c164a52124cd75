import { z } from "zod";

/**
 * A text field the user must fill in (GOV.UK error messages): trimmed; `empty` when it is blank, and
 * "`name` must be N characters or fewer" past `max`. Client-safe: the forms' schemas share it.
 */
export function requiredText(max: number, empty: string, name: string) {
  return z
    .string()
    .trim()
    .min(1, empty)
    .max(max, `${name} must be ${max.toLocaleString("en-GB")} characters or fewer`);
}
