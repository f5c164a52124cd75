import { z } from "zod";

// One record id for the whole app (issue 19): every table's id is a PostgreSQL `integer`, so an id
// is a whole number from 1 to 2^31 − 1. Anything else is refused before it reaches a query
// (a larger number would make PostgreSQL throw, which the user would see as a 500).

export const MAX_RECORD_ID = 2_147_483_647;

/** A record id in a schema: a posted or typed value coerced to a number, 1 to 2^31 − 1. */
export const recordIdSchema = z.coerce.number().int().positive().max(MAX_RECORD_ID);

/** The record a change applies to and the version its editor saw (optimistic concurrency). */
export const recordVersionSchema = z.object({ id: recordIdSchema, version: recordIdSchema });

/** An edit's input: the form, plus the record and the version its editor saw. */
export function editOf<Form extends z.ZodType>(form: Form) {
  return recordVersionSchema.and(form);
}

/**
 * A record id as written in a URL or a form value: digits only, no sign, no leading zero, no
 * exponent, at most 2^31 − 1; null for anything else.
 */
export function parseRecordId(value: unknown): number | null {
  const text = typeof value === "number" ? String(value) : typeof value === "string" ? value : "";
  if (!/^[1-9]\d{0,9}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_RECORD_ID ? n : null;
}
