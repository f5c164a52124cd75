import { useState } from "react";
import type { FieldErrors, FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionError, ActionResult } from "@/lib/actions/action-result";
import { ERROR_MESSAGES } from "@/lib/errors";
import type { ErrorSummaryItem } from "@/components/forms/error-summary";

/** A request that never got an answer (network drop, server down, a non-action reply). */
export const NOTHING_SAVED_REQUEST =
  "Nothing was saved: the request did not get through (the network or the server failed). What you typed is still in the form: check your connection and save again.";

/** An unexpected error on the server: the transaction rolled back. */
export function nothingSavedServer(reference?: string): string {
  const ref = reference ? ` (reference ${reference})` : "";
  return `Nothing was saved: something went wrong on the server. What you typed is still in the form: save again, and if it keeps happening tell the service desk${ref}.`;
}

// Puts a server action's error back on the form: field errors inline on their fields (where the zod
// messages go); anything else — a conflict's summary, a refusal, a rule such as "last active
// administrator" — first in the error summary. Shared by every react-hook-form form.

export function useActionErrors<T extends FieldValues>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any context/output type
  form: UseFormReturn<T, any, any>,
  fields: readonly FieldPath<T>[],
) {
  const [formError, setFormError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);

  function apply(error: ActionError) {
    const unplaced: string[] = [];
    for (const [key, messages] of Object.entries(error.fieldErrors ?? {})) {
      const message = messages[0];
      if (!message) continue;
      if ((fields as readonly string[]).includes(key))
        form.setError(key as FieldPath<T>, { type: "server", message });
      else unplaced.push(message);
    }
    const message =
      error.code === "INTERNAL" && error.message === ERROR_MESSAGES.INTERNAL
        ? nothingSavedServer(error.reference)
        : error.message;
    setFormError(unplaced.length > 0 ? unplaced.join(" ") : error.fieldErrors ? null : message);
    setAttempts((n) => n + 1);
  }

  /**
   * Calls the action. A request that throws (the fetch failed, the server answered with something
   * other than the action's reply) becomes an error result saying plainly that nothing was saved,
   * instead of an unhandled rejection that leaves the officer believing it saved.
   */
  async function send<R>(call: () => Promise<ActionResult<R>>): Promise<ActionResult<R>> {
    setFormError(null);
    try {
      return await call();
    } catch {
      return { ok: false, error: { code: "INTERNAL", message: NOTHING_SAVED_REQUEST } };
    }
  }

  return { formError, attempts, apply, send, clear: () => setFormError(null) };
}

/**
 * The summary's items in field order. A form-level message comes first, linked to `formAnchor`
 * (default: the first field; forms whose first field can carry its own message pass the form's
 * first element instead, so the two links differ).
 */
export function summaryItems<T extends FieldValues>(
  fields: readonly FieldPath<T>[],
  errors: FieldErrors<T>,
  formError: string | null,
  formAnchor: string | undefined = fields[0] === undefined ? undefined : String(fields[0]),
): ErrorSummaryItem[] {
  const items: ErrorSummaryItem[] =
    formError && formAnchor ? [{ fieldId: formAnchor, message: formError }] : [];
  for (const field of fields) {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[field]?.message;
    if (typeof message === "string" && message) items.push({ fieldId: String(field), message });
  }
  return items;
}
