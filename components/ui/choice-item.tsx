import type { ReactNode } from "react";

// One uncontrolled GOV.UK checkbox or radio, input then label: the GET filters and the list
// settings, which the browser submits as they are (no react-hook-form; the form kit's
// CheckboxesField and RadiosField are for those).

export function ChoiceItem({
  type,
  name,
  value,
  id = `${name}-${value}`,
  checked,
  children,
}: {
  type: "checkbox" | "radio";
  name: string;
  value: string;
  /** `<name>-<value>` unless given (a lone checkbox takes its name). */
  id?: string;
  checked: boolean;
  /** The label. */
  children: ReactNode;
}) {
  const kind = type === "checkbox" ? "checkboxes" : "radios";
  return (
    <div className={`govuk-${kind}__item`}>
      <input
        className={`govuk-${kind}__input`}
        id={id}
        name={name}
        type={type}
        value={value}
        defaultChecked={checked}
      />
      <label className={`govuk-label govuk-${kind}__label`} htmlFor={id}>
        {children}
      </label>
    </div>
  );
}
