import { z } from "zod";
import { isDatabaseBusy } from "@/lib/db/database-busy";
import { AppError, ERROR_MESSAGES, type AppErrorCode, type FieldErrors } from "@/lib/errors";

// What every server action returns, and how errors become it. Client-safe (forms import the
// types); the server-only half is define-action.ts.

export type ActionError = {
  code: AppErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  /** For INTERNAL: quote it to the service desk; it is in the server log beside the real error. */
  reference?: string;
};
/** Set when an idempotent create was a repeat: nothing new was made; the record is at `href`. */
export type AlreadyDone = { message: string; href: string };
export type ActionResult<T> =
  { ok: true; data: T; alreadyDone?: AlreadyDone } | { ok: false; error: ActionError };

/** Field path "a.b.0" → messages, from a zod error (the form shows them inline). */
export function fieldErrorsFromZod(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/**
 * Expected errors (AppError, a zod failure) keep their code and message; anything else is
 * `unexpected` and becomes INTERNAL with the generic message — its own text may hold SQL, paths or
 * data, so it is never sent.
 */
export function actionErrorFrom(
  error: unknown,
  reference: string,
): { error: ActionError; unexpected: boolean } {
  if (error instanceof AppError) {
    return {
      error: {
        code: error.code,
        message: error.message,
        ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      },
      unexpected: false,
    };
  }
  if (error instanceof z.ZodError) {
    return {
      error: {
        code: "VALIDATION",
        message: ERROR_MESSAGES.VALIDATION,
        fieldErrors: fieldErrorsFromZod(error),
      },
      unexpected: false,
    };
  }
  // Overload (issue 15): the request waited its turn and the queue was full. Not a fault; the
  // transaction it would have run never started.
  if (isDatabaseBusy(error))
    return { error: { code: "BUSY", message: ERROR_MESSAGES.BUSY }, unexpected: false };
  return { error: { code: "INTERNAL", message: ERROR_MESSAGES.INTERNAL, reference }, unexpected: true };
}

/** A form post as a plain object: repeated names become arrays; Next's own `$ACTION…` fields are dropped. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = out[key];
    out[key] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
