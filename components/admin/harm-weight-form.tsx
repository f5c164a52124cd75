"use client";

import { fieldNames, type FieldSpec } from "@/components/forms/field-list";
import { DatedFieldList } from "@/components/forms/dated-field-list";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { changeHarmWeightAction } from "@/app/admin/harm-weights/actions";
import type { HarmWeightFormValues } from "@/lib/hotspots/schemas";

/** A new weight for an offence code from a date: a new dated row, the old ones kept. */
export function HarmWeightForm({
  codes,
  defaultSource,
}: {
  codes: { code: string; description: string }[];
  defaultSource: string;
}) {
  const empty = {
    offenceCode: "",
    weight: "",
    effectiveFrom: "",
    source: defaultSource,
    reason: "",
  } as unknown as HarmWeightFormValues;
  const fields: FieldSpec<HarmWeightFormValues>[] = [
    {
      kind: "select",
      name: "offenceCode",
      label: "Offence code",
      placeholder: "Select an offence code",
      options: codes.map((c) => ({ value: c.code, label: `${c.code} ${c.description}` })),
    },
    {
      kind: "text",
      name: "weight",
      label: "Weight (days)",
      hint: "The starting-point sentence in days for a first offender, as the Cambridge Crime Harm Index gives it.",
      widthClass: "govuk-input--width-10",
      maxLength: 10,
    },
    {
      kind: "date",
      name: "effectiveFrom",
      legend: "Applies from",
      hint: "Offences that occurred on or after this day take the new weight; earlier ones keep theirs. It must be after the code's latest change.",
    },
    { kind: "text", name: "source", label: "Source", hint: "Where the weight comes from.", maxLength: 300 },
    { kind: "textarea", name: "reason", label: "Reason for the change", rows: 2 },
  ];
  const action = useFormAction<HarmWeightFormValues>({
    schema: () => import("@/lib/hotspots/schemas").then((m) => m.harmWeightSchema),
    defaults: empty,
    fields: fieldNames(fields),
    title: "Harm weights",
    submit: (values) => changeHarmWeightAction(values),
    onSaved: (_data, form) => form.reset(empty),
  });
  return (
    <FormFrame form={action} testId="harm-weight-form" submit="Change weight" savedMessage="Weight changed">
      <DatedFieldList fields={fields} form={action} />
    </FormFrame>
  );
}
