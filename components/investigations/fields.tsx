import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, FieldHint, formGroupClass } from "@/components/ui/field-error";

// The investigation forms' own GOV.UK controls: small radios and a checkbox (dates: components/forms/date-input) (select
// and textarea come from components/admin/form-fields and components/offence-form/fields), with
// label, hint, inline error and aria-describedby as the design system asks.

type Common = { id: string; label: string; hint?: string; error?: string; field: UseFormRegisterReturn };

export function RadiosField({
  id,
  label,
  hint,
  error,
  field,
  options,
  inline,
}: Common & { options: { value: string; label: string }[]; inline?: boolean }) {
  return (
    <div className={formGroupClass(Boolean(error))}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{label}</legend>
        <FieldHint fieldId={id} hint={hint} />
        <FieldError fieldId={id} message={error} />
        <div
          className={
            inline
              ? "govuk-radios govuk-radios--inline govuk-radios--small"
              : "govuk-radios govuk-radios--small"
          }
        >
          {options.map((o, i) => {
            const inputId = i === 0 ? id : `${id}-${i + 1}`;
            return (
              <div className="govuk-radios__item" key={o.value}>
                <input className="govuk-radios__input" id={inputId} type="radio" value={o.value} {...field} />
                <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

export function CheckboxField({ id, label, error, field }: Omit<Common, "hint">) {
  return (
    <div className={formGroupClass(Boolean(error))}>
      <FieldError fieldId={id} message={error} />
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            type="checkbox"
            aria-describedby={describedBy(id, { error: Boolean(error) })}
            {...field}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
        </div>
      </div>
    </div>
  );
}
