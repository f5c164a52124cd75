import { useState } from "react";
import type { FieldErrors, FieldPath, FieldValues, UseFormReturn } from "react-hook-form";
import type { ActionError } from "@/lib/actions/action-result";
import type { ErrorSummaryItem } from "@/components/ui/error-summary";

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
      if ((fields as readonly string[]).includes(key)) form.setError(key as FieldPath<T>, { type: "server", message });
      else unplaced.push(message);
    }
    setFormError(unplaced.length > 0 ? unplaced.join(" ") : error.fieldErrors ? null : error.message);
    setAttempts((n) => n + 1);
  }

  return { formError, attempts, apply, clear: () => setFormError(null) };
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
  const items: ErrorSummaryItem[] = formError && formAnchor ? [{ fieldId: formAnchor, message: formError }] : [];
  for (const field of fields) {
    const message = (errors as Record<string, { message?: unknown } | undefined>)[field]?.message;
    if (typeof message === "string" && message) items.push({ fieldId: String(field), message });
  }
  return items;
}
