import type { FieldValues } from "react-hook-form";
import { DateInput, DatePartsInput } from "@/components/forms/date-input";
import {
  controls,
  settings,
  type Binders,
  type DateFieldSpec,
  type FieldSpec,
} from "@/components/forms/field-list";

// FieldList for a form with dates among its fields: the same list, the date input drawn too. Apart
// from FieldList so that the date input's JavaScript loads only with the forms that have one.

export function DatedFieldList<T extends FieldValues>({
  fields,
  form,
}: {
  fields: readonly FieldSpec<T>[];
  form: Binders<T>;
}) {
  return controls(fields, form, dateControl);
}

function dateControl<T extends FieldValues>(spec: DateFieldSpec<T>, form: Binders<T>) {
  return spec.kind === "date" ? (
    <DateInput {...form.bindDate(spec.name)} {...settings(spec)} />
  ) : (
    <DatePartsInput {...form.bindParts(spec.name)} {...settings(spec)} />
  );
}
