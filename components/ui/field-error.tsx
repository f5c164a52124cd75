import type { ReactNode } from "react";

// Inline error helpers for GOV.UK form fields. Plain functions and a server-safe component, so
// both server-rendered forms and client forms (react-hook-form + zod) can use them.
//
// A field in error: `govuk-form-group--error` on the wrapper, the message between hint and input,
// `aria-describedby="<hint-id> <error-id>"` on the input (on the fieldset for radios, checkboxes
// and dates), and the `--error` modifier on the control (for dates, only on the wrong parts).

export const errorId = (fieldId: string) => `${fieldId}-error`;
export const hintId = (fieldId: string) => `${fieldId}-hint`;

/** "Error: " prefix for the page title when the form has errors. */
export function pageTitle(title: string, hasErrors: boolean): string {
  return hasErrors ? `Error: ${title}` : title;
}

export function formGroupClass(hasError: boolean, extra = ""): string {
  return ["govuk-form-group", hasError ? "govuk-form-group--error" : "", extra].filter(Boolean).join(" ");
}

type Control = "input" | "textarea" | "select" | "date-input__input";

/** e.g. controlClass("input", true, "govuk-input--width-10") → "govuk-input govuk-input--error govuk-input--width-10" */
export function controlClass(control: Control, hasError: boolean, extra = ""): string {
  const base = `govuk-${control}`;
  return [base, hasError ? `${base}--error` : "", extra].filter(Boolean).join(" ");
}

/** aria-describedby for a control: its hint (if any) then its error (if any); undefined when neither. */
export function describedBy(
  fieldId: string,
  options: { hint?: boolean; error?: boolean },
): string | undefined {
  const ids = [options.hint ? hintId(fieldId) : "", options.error ? errorId(fieldId) : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

type FieldErrorProps = { fieldId: string; message?: string | null };

export function FieldError({ fieldId, message }: FieldErrorProps) {
  if (!message) return null;
  return (
    <p className="govuk-error-message" id={errorId(fieldId)}>
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

/** The hint under a field's label, with the id its control's aria-describedby points at. */
export function FieldHint({ fieldId, hint }: { fieldId: string; hint?: string }) {
  if (!hint) return null;
  return (
    <div className="govuk-hint" id={hintId(fieldId)}>
      {hint}
    </div>
  );
}

/** Label, hint and inline error above a single control: the form kit's fields and the GET filters. */
export function LabelledGroup({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={formGroupClass(Boolean(error))}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldHint fieldId={id} hint={hint} />
      <FieldError fieldId={id} message={error} />
      {children}
    </div>
  );
}
