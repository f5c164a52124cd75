import type { FieldErrors } from "@/lib/errors";
import { MAX_RECORD_ID, parseRecordId } from "@/lib/ids/record-id";

// Input PostgreSQL cannot store or Int columns cannot hold, judged in one place before anything
// else sees it: every action (define-action.ts), every list query (lib/lists) and every [id]
// route segment (lib/ids/route-id.ts). Client-safe: no server imports.

export const MAX_INT32 = MAX_RECORD_ID;

export const BAD_CHARACTERS_MESSAGE =
  "This contains characters that cannot be saved (such as a null character). Retype it.";
export const ID_OUT_OF_RANGE_MESSAGE = "Choose an item from the list.";
export const NUMBER_OUT_OF_RANGE_MESSAGE = "Enter a smaller number.";

/** NUL (text columns refuse it) or a lone UTF-16 surrogate (not encodable as UTF-8). */
export function hasBadCharacters(value: string): boolean {
  return value.includes("\u0000") || LONE_SURROGATE.test(value);
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const ID_KEY = /(^id$|Id$|Ids$)/;
const MAX_DEPTH = 8;
const MAX_ISSUES = 20;

/**
 * Walks a raw action input (a plain object, possibly from FormData) and returns field errors for
 * strings with bad characters, and for id fields (`id`, `…Id`, `…Ids`) holding an integer beyond
 * the Int column's range. Null when all is well.
 */
export function badInputErrors(raw: unknown): FieldErrors | null {
  const errors: FieldErrors = {};
  let count = 0;
  const add = (path: string, message: string) => {
    if (count++ >= MAX_ISSUES) return;
    (errors[path || "_form"] ??= []).push(message);
  };
  const walk = (value: unknown, path: string, idField: boolean, depth: number) => {
    if (count >= MAX_ISSUES || depth > MAX_DEPTH) return;
    if (typeof value === "string") {
      if (hasBadCharacters(value)) add(path, BAD_CHARACTERS_MESSAGE);
      else if (
        idField &&
        /^-?\d+$/.test(value.trim()) &&
        parseRecordId(value.trim()) === null &&
        value.trim() !== "0"
      )
        add(path, ID_OUT_OF_RANGE_MESSAGE);
      return;
    }
    if (typeof value === "number") {
      if (Number.isInteger(value) && Math.abs(value) > MAX_INT32)
        add(path, idField ? ID_OUT_OF_RANGE_MESSAGE : NUMBER_OUT_OF_RANGE_MESSAGE);
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, path ? `${path}.${i}` : String(i), idField, depth + 1));
      return;
    }
    if (
      value &&
      typeof value === "object" &&
      !(value instanceof Date) &&
      !(typeof Blob !== "undefined" && value instanceof Blob)
    ) {
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        if (hasBadCharacters(key)) add(path, BAD_CHARACTERS_MESSAGE);
        else walk(item, path ? `${path}.${key}` : key, ID_KEY.test(key), depth + 1);
      }
    }
  };
  walk(raw, "", false, 0);
  return count > 0 ? errors : null;
}

/**
 * After parsing: any integer the schema let through beyond the Int range (`version`, a count)
 * would make the database throw; refuse it as a field error instead.
 */
export function outOfRangeNumberErrors(parsed: unknown): FieldErrors | null {
  const errors: FieldErrors = {};
  let found = false;
  const walk = (value: unknown, path: string, depth: number) => {
    if (depth > MAX_DEPTH) return;
    if (typeof value === "number") {
      if (Number.isInteger(value) && Math.abs(value) > MAX_INT32) {
        (errors[path || "_form"] ??= []).push(NUMBER_OUT_OF_RANGE_MESSAGE);
        found = true;
      }
    } else if (Array.isArray(value))
      value.forEach((v, i) => walk(v, path ? `${path}.${i}` : String(i), depth + 1));
    else if (value && typeof value === "object" && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>))
        walk(v, path ? `${path}.${k}` : k, depth + 1);
    }
  };
  walk(parsed, "", 0);
  return found ? errors : null;
}
