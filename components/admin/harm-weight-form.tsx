"use client";

import { DateInput } from "@/components/forms/date-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, SubmitButton, TextareaField, TextField } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import { useFormAction } from "@/components/forms/use-form-action";
import { changeHarmWeightAction } from "@/app/admin/harm-weights/actions";
import type { HarmWeightFormValues } from "@/lib/hotspots/schemas";

const FIELDS = ["offenceCode", "weight", "effectiveFrom", "source", "reason"] as const;

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
  const { bind, bindDate, summary, onSubmit, focusKey, pending, saved, already } =
    useFormAction<HarmWeightFormValues>({
      schema: () => import("@/lib/hotspots/schemas").then((m) => m.harmWeightSchema),
      defaults: empty,
      fields: FIELDS,
      title: "Harm weights",
      submit: (values) => changeHarmWeightAction(values),
      onSaved: (_data, form) => form.reset(empty),
    });
  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <Form onSubmit={onSubmit} data-testid="harm-weight-form">
        <SelectField
          {...bind("offenceCode")}
          label="Offence code"
          placeholder="Select an offence code"
          options={codes.map((c) => ({ value: c.code, label: `${c.code} ${c.description}` }))}
        />
        <TextField
          {...bind("weight")}
          label="Weight (days)"
          hint="The starting-point sentence in days for a first offender, as the Cambridge Crime Harm Index gives it."
          widthClass="govuk-input--width-10"
          maxLength={10}
        />
        <DateInput
          {...bindDate("effectiveFrom")}
          legend="Applies from"
          hint="Offences that occurred on or after this day take the new weight; earlier ones keep theirs. It must be after the code's latest change."
        />
        <TextField {...bind("source")} label="Source" hint="Where the weight comes from." maxLength={300} />
        <TextareaField {...bind("reason")} label="Reason for the change" rows={2} />
        <SubmitButton pending={pending}>Change weight</SubmitButton>
      </Form>
      <FormOutcomeBanners saved={saved} savedMessage="Weight changed" already={already} />
    </>
  );
}
