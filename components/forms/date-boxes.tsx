import type { ReactNode } from "react";
import { describedBy, FieldError, FieldHint, formGroupClass } from "@/components/ui/field-error";
import type { DayParts } from "@/lib/dates/day";

// The GOV.UK date input's markup (fieldset, legend, hint, error, day/month/year boxes) with no hooks
// and no form library, so a server component renders it with no JavaScript at all: the GET filters
// (`DateGetInput`: the figures' "as at", the map, the person index) send nothing to the browser.
// The react-hook-form bindings (`DateInput`, `DatePartsInput`) are in components/forms/date-input.

export type DateCommon = { id: string; legend: string; hint?: string; error?: string; legendClass?: string };

const BOXES = [
  { key: "day", label: "Day", width: "govuk-input--width-2", maxLength: 20 },
  { key: "month", label: "Month", width: "govuk-input--width-3", maxLength: 9 },
  { key: "year", label: "Year", width: "govuk-input--width-4", maxLength: 4 },
] as const;

/** What every box has, whichever binding fills it: its id, classes and the kit's input settings. */
export type BoxAttributes = {
  id: string;
  className: string;
  inputMode: "text" | "numeric";
  maxLength: number;
  autoComplete: "off";
  spellCheck: false;
};

export function DateBoxes({
  id,
  legend,
  hint,
  error,
  legendClass = "govuk-fieldset__legend--s",
  box,
}: DateCommon & {
  box: (key: keyof DayParts, attributes: BoxAttributes) => ReactNode;
}) {
  const hasError = Boolean(error);
  return (
    <div className={formGroupClass(hasError)}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: hasError })}
      >
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        <FieldHint fieldId={id} hint={hint} />
        <FieldError fieldId={id} message={error} />
        <div className="govuk-date-input" id={`${id}-boxes`}>
          {BOXES.map((part) => {
            const inputId = part.key === "day" ? id : `${id}-${part.key}`;
            const className = [
              "govuk-input",
              "govuk-date-input__input",
              part.width,
              hasError ? "govuk-input--error" : "",
            ]
              .filter(Boolean)
              .join(" ");
            return (
              <div className="govuk-date-input__item" key={part.key}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                    {part.label}
                  </label>
                  {box(part.key, {
                    id: inputId,
                    className,
                    inputMode: part.key === "month" ? "text" : "numeric",
                    maxLength: part.maxLength,
                    autoComplete: "off",
                    spellCheck: false,
                  })}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/**
 * For a GET form rendered on the server (the figures' "as at"): plain boxes named `<id>Day`,
 * `<id>Month`, `<id>Year`, showing `defaults` (what was typed, even when it was not a date).
 */
export function DateGetInput({ defaults, ...common }: DateCommon & { defaults: DayParts }) {
  const suffix = { day: "Day", month: "Month", year: "Year" } as const;
  return (
    <DateBoxes
      {...common}
      box={(key, attributes) => (
        <input {...attributes} name={`${common.id}${suffix[key]}`} defaultValue={defaults[key]} />
      )}
    />
  );
}
