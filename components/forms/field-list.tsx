import { Fragment, type ReactNode } from "react";
import type { FieldPath, FieldValues } from "react-hook-form";
import {
  CheckboxesField,
  RadiosField,
  SelectField,
  TextareaField,
  TextField,
  type Option,
  type SelectOption,
} from "@/components/forms/fields";
import type { useFormAction } from "@/components/forms/use-form-action";

// A form's plain fields as data, in page order: each entry names its field and says what the kit's
// control shows (label or legend, hint, options, limits). One list gives both the controls and
// the order the error summary lists them in (`fieldNames`), so the two never disagree. A field
// with markup of its own (a fieldset around two boxes, a link between fields) stays JSX beside it.
// Dates are drawn by DatedFieldList (components/forms/dated-field-list), so that a form without
// one does not load the date input's JavaScript (issue 15).

export type PlainFieldSpec<T extends FieldValues> = { name: FieldPath<T>; hint?: string } & (
  | { kind: "text"; label: string; maxLength?: number; widthClass?: string }
  | { kind: "textarea"; label: string; rows?: number; maxLength?: number }
  | { kind: "select"; label: string; options: readonly SelectOption[]; placeholder?: string }
  | { kind: "radios"; legend: string; options: readonly Option[]; inline?: boolean; small?: boolean }
  | { kind: "checkboxes"; legend: string; options: readonly Option[]; small?: boolean }
);

export type DateFieldSpec<T extends FieldValues> = { name: FieldPath<T>; hint?: string; legend: string } &
  /** The GOV.UK date input kept as one "YYYY-MM-DD" value (`bindDate`). */
  (
    | { kind: "date" }
    /** The GOV.UK date input kept as its three boxes (`bindParts`). */
    | { kind: "dateParts" }
  );

export type FieldSpec<T extends FieldValues> = PlainFieldSpec<T> | DateFieldSpec<T>;

export type Binders<T extends FieldValues> = Pick<
  ReturnType<typeof useFormAction<T>>,
  "bind" | "bindDate" | "bindParts"
>;

/** The names of the fields, in order: the form hook's `fields`. */
export const fieldNames = <N extends string>(specs: readonly { name: N }[]) => specs.map((s) => s.name);

export function FieldList<T extends FieldValues>({
  fields,
  form,
}: {
  fields: readonly PlainFieldSpec<T>[];
  form: Binders<T>;
}) {
  return controls(fields, form);
}

/** Each field's control, the date fields' drawn by `date` (DatedFieldList's). */
export function controls<T extends FieldValues>(
  fields: readonly FieldSpec<T>[],
  form: Binders<T>,
  date?: (spec: DateFieldSpec<T>, form: Binders<T>) => ReactNode,
) {
  return fields.map((spec) => (
    <Fragment key={spec.name}>
      {spec.kind === "date" || spec.kind === "dateParts" ? date?.(spec, form) : control(spec, form)}
    </Fragment>
  ));
}

/** The spec's settings for the control: all but what picks the control and binds it. */
export function settings<S extends { kind: string; name: string }>({ kind: _kind, name: _name, ...rest }: S) {
  return rest;
}

function control<T extends FieldValues>(spec: PlainFieldSpec<T>, form: Binders<T>) {
  switch (spec.kind) {
    case "text":
      return <TextField {...form.bind(spec.name)} {...settings(spec)} />;
    case "textarea":
      return <TextareaField {...form.bind(spec.name)} {...settings(spec)} />;
    case "select":
      return <SelectField {...form.bind(spec.name)} {...settings(spec)} />;
    case "radios":
      return <RadiosField {...form.bind(spec.name)} {...settings(spec)} />;
    case "checkboxes":
      return <CheckboxesField {...form.bind(spec.name)} {...settings(spec)} />;
  }
}
