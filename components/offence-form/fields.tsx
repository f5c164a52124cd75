import type { UseFormRegisterReturn } from "react-hook-form";
import {
  controlClass,
  describedBy,
  FieldError,
  FieldHint,
  formGroupClass,
} from "@/components/ui/field-error";

// GOV.UK radios and textarea for react-hook-form (text inputs and selects come from
// components/admin/form-fields, dates from components/forms/date-input). No hooks, so any form can use them. The first control of a group
// carries the group's id, so the error summary's link lands on it.

type Legend = { id: string; legend: string; hint?: string; error?: string; legendClass?: string };

export function RadiosField({
  id,
  legend,
  hint,
  error,
  field,
  options,
  inline = false,
  legendClass = "govuk-fieldset__legend--s",
}: Legend & {
  field: UseFormRegisterReturn;
  options: readonly { value: string; label: string }[];
  inline?: boolean;
}) {
  return (
    <div className={formGroupClass(Boolean(error))}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
      >
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        <FieldHint fieldId={id} hint={hint} />
        <FieldError fieldId={id} message={error} />
        <div
          className={inline ? "govuk-radios govuk-radios--inline" : "govuk-radios"}
          data-module="govuk-radios"
        >
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${option.value}`;
            return (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={inputId}
                  type="radio"
                  value={option.value}
                  {...field}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                  {option.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function TextareaField({
  id,
  label,
  hint,
  error,
  field,
  rows = 5,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  field: UseFormRegisterReturn;
  rows?: number;
}) {
  return (
    <div className={formGroupClass(Boolean(error))}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldHint fieldId={id} hint={hint} />
      <FieldError fieldId={id} message={error} />
      <textarea
        id={id}
        rows={rows}
        className={controlClass("textarea", Boolean(error))}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
        {...field}
      />
    </div>
  );
}
