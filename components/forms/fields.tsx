import Link from "next/link";
import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import {
  controlClass,
  describedBy,
  FieldError,
  FieldHint,
  formGroupClass,
  LabelledGroup,
} from "@/components/ui/field-error";
import { isChosen, textDefault, useFieldDefault } from "@/components/forms/field-defaults";

// The GOV.UK controls every react-hook-form form uses: label (or legend), hint, inline error, the
// error modifiers and aria-describedby the design system asks for. No hooks, so any form can use
// them (the one hook, useFieldDefault, reads the form's default value so the server's HTML shows
// it: see components/forms/field-defaults). The first control of a group carries the group's id, so the error summary's link lands on
// it. Dates: components/forms/date-input. `useFormAction().bind(name)` gives `id`, `field` and
// `error` in one spread.

type Bound = { id: string; hint?: string; error?: string; field: UseFormRegisterReturn };
type Labelled = Bound & { label: string };
type Legend = Bound & { legend: string; legendClass?: string };
export type Option = { value: string; label: string };
/** A select's option; options with a `group` are shown under it (an <optgroup>), in order. */
export type SelectOption = Option & { group?: string };

function groupsOf(options: readonly SelectOption[]): [string | undefined, SelectOption[]][] {
  const groups = new Map<string | undefined, SelectOption[]>();
  for (const option of options) groups.set(option.group, [...(groups.get(option.group) ?? []), option]);
  return [...groups];
}

const optionTag = (option: Option) => (
  <option key={option.value} value={option.value}>
    {option.label}
  </option>
);

/** Label, hint and inline error above a single control. */
function Labelled({ id, label, hint, error, children }: Omit<Labelled, "field"> & { children: ReactNode }) {
  return (
    <LabelledGroup id={id} label={label} hint={hint} error={error}>
      {children}
    </LabelledGroup>
  );
}

export function TextField({
  type = "text",
  autoComplete,
  widthClass,
  maxLength,
  ...props
}: Labelled & {
  // "date": only the run view's due date still uses the native picker (issue 12 leftover).
  type?: "text" | "email" | "password" | "date";
  autoComplete?: string;
  widthClass?: string;
  maxLength?: number;
}) {
  const { id, hint, error, field } = props;
  const initial = useFieldDefault(field.name);
  return (
    <Labelled {...props}>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete ?? "off"}
        spellCheck={false}
        maxLength={maxLength}
        className={controlClass("input", Boolean(error), widthClass)}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
        defaultValue={textDefault(initial)}
        {...field}
      />
    </Labelled>
  );
}

export function TextareaField({
  rows = 5,
  maxLength,
  ...props
}: Labelled & { rows?: number; maxLength?: number }) {
  const { id, hint, error, field } = props;
  const initial = useFieldDefault(field.name);
  return (
    <Labelled {...props}>
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        className={controlClass("textarea", Boolean(error))}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
        defaultValue={textDefault(initial)}
        {...field}
      />
    </Labelled>
  );
}

export function SelectField({
  options,
  placeholder,
  ...props
}: Labelled & { options: readonly SelectOption[]; placeholder?: string }) {
  const { id, hint, error, field } = props;
  const initial = useFieldDefault(field.name);
  return (
    <Labelled {...props}>
      <select
        id={id}
        className={controlClass("select", Boolean(error))}
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
        defaultValue={textDefault(initial)}
        {...field}
      >
        {placeholder === undefined ? null : <option value="">{placeholder}</option>}
        {groupsOf(options).map(([group, items]) =>
          group === undefined ? (
            items.map(optionTag)
          ) : (
            <optgroup label={group} key={group}>
              {items.map(optionTag)}
            </optgroup>
          ),
        )}
      </select>
    </Labelled>
  );
}

/** A fieldset with its legend, hint and inline error; aria-describedby on the fieldset. */
export function Fieldset({
  id,
  legend,
  hint,
  error,
  legendClass = "govuk-fieldset__legend--s",
  children,
}: Omit<Legend, "field"> & { children: ReactNode }) {
  return (
    <div className={formGroupClass(Boolean(error))}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy(id, { hint: Boolean(hint), error: Boolean(error) })}
      >
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        <FieldHint fieldId={id} hint={hint} />
        <FieldError fieldId={id} message={error} />
        {children}
      </fieldset>
    </div>
  );
}

const choiceId = (id: string, index: number) => (index === 0 ? id : `${id}-${index + 1}`);

/** Radios (one value) or checkboxes (an array of values): the same GOV.UK markup but the class. */
function Choices({
  kind,
  options,
  modifiers,
  ...props
}: Legend & { kind: "radios" | "checkboxes"; options: readonly Option[]; modifiers: string[] }) {
  const { id, field } = props;
  const initial = useFieldDefault(field.name);
  const className = [`govuk-${kind}`, ...modifiers.map((m) => `govuk-${kind}--${m}`)].join(" ");
  return (
    <Fieldset {...props}>
      <div className={className} data-module={kind === "radios" ? "govuk-radios" : undefined}>
        {options.map((option, index) => (
          <div className={`govuk-${kind}__item`} key={option.value}>
            <input
              className={`govuk-${kind}__input`}
              id={choiceId(id, index)}
              type={kind === "radios" ? "radio" : "checkbox"}
              value={option.value}
              defaultChecked={isChosen(initial, option.value)}
              {...field}
            />
            <label className={`govuk-label govuk-${kind}__label`} htmlFor={choiceId(id, index)}>
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

export function RadiosField({
  inline = false,
  small = false,
  ...props
}: Legend & { options: readonly Option[]; inline?: boolean; small?: boolean }) {
  const modifiers = [inline ? "inline" : "", small ? "small" : ""].filter(Boolean);
  return <Choices {...props} kind="radios" modifiers={modifiers} />;
}

/** Several choices kept as an array of values. */
export function CheckboxesField({
  small = false,
  ...props
}: Legend & { options: readonly Option[]; small?: boolean }) {
  return <Choices {...props} kind="checkboxes" modifiers={small ? ["small"] : []} />;
}

/** One yes/no tick box (a boolean). */
export function CheckboxField({ id, label, error, field }: Omit<Labelled, "hint">) {
  const initial = useFieldDefault(field.name);
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
            defaultChecked={initial === true}
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

/**
 * The form's button. While the request is out it is disabled (a double click sends once from this
 * tab; the server's idempotency covers every other repeat) and says so to screen readers.
 */
/** The submit button with a way out beside it ("Cancel", back to the record the form came from). */
export function SubmitWithCancel({
  pending,
  children,
  cancelHref,
  cancelText = "Cancel",
}: {
  pending: boolean;
  children: ReactNode;
  cancelHref: string;
  cancelText?: string;
}) {
  return (
    <div className="govuk-button-group">
      <SubmitButton pending={pending}>{children}</SubmitButton>
      <Link className="govuk-link" href={cancelHref}>
        {cancelText}
      </Link>
    </div>
  );
}

export function SubmitButton({
  pending,
  children,
  secondary = false,
  testId,
}: {
  pending: boolean;
  children: ReactNode;
  secondary?: boolean;
  testId?: string;
}) {
  return (
    <button
      type="submit"
      className={secondary ? "govuk-button govuk-button--secondary" : "govuk-button"}
      data-module="govuk-button"
      disabled={pending}
      data-testid={testId}
    >
      {children}
    </button>
  );
}
