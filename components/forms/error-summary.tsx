"use client";

import { useEffect, useRef, type MouseEvent } from "react";

// GOV.UK error summary. Goes at the top of `main` (below any back link, above the h1), with the
// same wording as the inline messages. It takes focus when it appears and again whenever
// `focusKey` changes: pass react-hook-form's `submitCount` (with `shouldFocusError: false`) so a
// second failed submit moves focus back to it.

export type ErrorSummaryItem = {
  /** The id of the field (or, for radios/checkboxes/dates, of its first input). */
  fieldId: string;
  message: string;
};

type ErrorSummaryProps = {
  errors: ErrorSummaryItem[];
  title?: string;
  focusKey?: number | string;
};

export function ErrorSummary({ errors, title = "There is a problem", focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors) ref.current?.focus();
  }, [hasErrors, focusKey]);

  if (!hasErrors) return null;

  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} data-testid="error-summary">
      {/* role="alert" sits on a child so focusing the summary does not race the announcement. */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={error.fieldId}>
                <a href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/**
 * As GOV.UK Frontend does: focus the field and scroll its label (or fieldset legend) into view,
 * since on small screens the browser would otherwise scroll the label off the top.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const input = document.getElementById(fieldId);
  if (!input) return;
  event.preventDefault();
  const legend = input.closest("fieldset")?.querySelector("legend");
  const label = document.querySelector(`label[for="${CSS.escape(fieldId)}"]`);
  (legend ?? label ?? input).scrollIntoView();
  input.focus({ preventScroll: true });
}
