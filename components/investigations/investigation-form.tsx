"use client";

import { useWatch } from "react-hook-form";
import { CheckboxField, TextareaField } from "@/components/forms/fields";
import { DatedFieldList } from "@/components/forms/dated-field-list";
import { fieldNames, type FieldSpec } from "@/components/forms/field-list";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { labelledOptions, YES_NO } from "@/components/forms/options";
import { updateInvestigationAction } from "@/app/offences/[id]/(record)/investigation/actions";
import type { InvestigationFormValues } from "@/lib/investigations/schemas";
import { INVESTIGATION_STATUSES } from "@/lib/investigations/rules";
import { INVESTIGATION_STATUS_LABELS } from "@/lib/labels/investigation-status";
import { OUTCOME_TYPES } from "@/lib/reference/outcome-types";
import type { InvestigationDetail } from "@/lib/investigations/types";

const DETAILS: FieldSpec<InvestigationFormValues>[] = [
  {
    kind: "radios",
    name: "status",
    small: true,
    legend: "Status",
    options: labelledOptions(INVESTIGATION_STATUSES, INVESTIGATION_STATUS_LABELS),
  },
  {
    kind: "select",
    name: "outcomeCode",
    label: "Outcome (Home Office outcome type)",
    options: [
      { value: "", label: "None recorded" },
      ...OUTCOME_TYPES.map((o) => ({ value: String(o.code), label: `${o.code} – ${o.description}` })),
    ],
  },
  {
    kind: "date",
    name: "outcomeOn",
    legend: "Outcome date",
    hint: "Not in the future, and not before the offence occurred.",
  },
  { kind: "date", name: "chargedOn", legend: "Charge date" },
  {
    kind: "radios",
    name: "knifeRecovered",
    small: true,
    legend: "Knife recovered",
    inline: true,
    options: YES_NO,
  },
  { kind: "date", name: "nextReviewOn", legend: "Next review date" },
];
const FIELDS = [...fieldNames(DETAILS), "flagged", "scrutinyReason"] as const;
const FORM_ID = "investigation-form";

const isoDay = (date: Date | null) => (date ? new Date(date).toISOString().slice(0, 10) : "");

type Props = { investigation: InvestigationDetail; title: string };

/**
 * The officer in charge's form. It sends the versions this page was rendered with; a CONFLICT
 * refreshes the page (so the summary above shows the saved values and the next save carries the new
 * versions) while the form keeps what the officer typed: react-hook-form's state outlives a refresh.
 */
export function InvestigationForm({ investigation, title }: Props) {
  const form = useFormAction<InvestigationFormValues>({
    schema: () => import("@/lib/investigations/schemas").then((m) => m.investigationFormSchema),
    defaults: {
      status: investigation.status,
      outcomeCode: investigation.outcomeCode === null ? "" : String(investigation.outcomeCode),
      outcomeOn: isoDay(investigation.outcomeOn),
      chargedOn: isoDay(investigation.chargedOn),
      knifeRecovered: investigation.knifeRecovered ? "yes" : "no",
      nextReviewOn: isoDay(investigation.nextReviewOn),
      flagged: investigation.flaggedForScrutiny,
      scrutinyReason: investigation.scrutinyReason ?? "",
    },
    fields: FIELDS,
    title,
    formAnchor: FORM_ID,
    submit: (values) =>
      updateInvestigationAction({
        ...values,
        id: investigation.id,
        version: investigation.version,
        offenceVersion: investigation.offenceVersion,
      }),
  });
  const flagged = useWatch({ control: form.form.control, name: "flagged" });

  return (
    <FormFrame
      form={form}
      id={FORM_ID}
      testId="investigation-form"
      heading={<h3 className="govuk-heading-m">Update the investigation</h3>}
      submit="Save investigation"
      savedMessage="Investigation saved."
      savedTestId="investigation-saved"
    >
      <DatedFieldList form={form} fields={DETAILS} />
      <CheckboxField {...form.bind("flagged")} label="Flag this case for scrutiny by the forum" />
      {flagged ? (
        <TextareaField {...form.bind("scrutinyReason")} label="Why does the case need scrutiny?" rows={3} />
      ) : null}
    </FormFrame>
  );
}
