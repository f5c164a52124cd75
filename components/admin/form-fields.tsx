import type { UseFormRegisterReturn } from "react-hook-form";
import {
  controlClass,
  describedBy,
  FieldError,
  FieldHint,
  formGroupClass,
} from "@/components/ui/field-error";

// GOV.UK text input and select for react-hook-form (every form uses these): label, hint, inline error, and the error
// modifiers and aria-describedby the design system asks for. No hooks, so any form can use them.

type Common = { id: string; label: string; hint?: string; error?: string; field: UseFormRegisterReturn };

export function TextField({
  id,
  label,
  hint,
  error,
  field,
  type = "text",
  autoComplete,
  widthClass,
  maxLength,
}: Common & {
  type?: "text" | "email" | "password" | "date";
  autoComplete?: string;
  widthClass?: string;
  maxLength?: number;
}) {
  return (
    <div className={formGroupClass(Boolean(error))}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldHint fieldId={id} hint={hint} />
      <FieldError fieldId={id} message={error} />
      <input
        id={id}
        type={type}
        autoComplete={autoComplete ?? "off"}
        spellCheck={false}
        maxLength={maxLength}
        className={controlClass("input", Boolean(error), widthClass)}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
        {...field}
      />
    </div>
  );
}

export function SelectField({
  id,
  label,
  hint,
  error,
  field,
  options,
  placeholder,
}: Common & { options: { value: string; label: string }[]; placeholder?: string }) {
  return (
    <div className={formGroupClass(Boolean(error))}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      <FieldHint fieldId={id} hint={hint} />
      <FieldError fieldId={id} message={error} />
      <select
        id={id}
        className={controlClass("select", Boolean(error))}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
        {...field}
      >
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
