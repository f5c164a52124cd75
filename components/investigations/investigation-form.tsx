"use client";

import { useWatch } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import {
  CheckboxField,
  RadiosField,
  SelectField,
  SubmitButton,
  TextareaField,
} from "@/components/forms/fields";
import { DateInput } from "@/components/forms/date-input";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import { useFormAction } from "@/components/forms/use-form-action";
import { YES_NO } from "@/components/forms/options";
import { updateInvestigationAction } from "@/app/offences/[id]/(record)/investigation/actions";
import type { InvestigationFormValues } from "@/lib/investigations/schemas";
import { INVESTIGATION_STATUSES } from "@/lib/investigations/rules";
import { INVESTIGATION_STATUS_LABELS } from "@/lib/labels/investigation-status";
import { OUTCOME_TYPES } from "@/lib/reference/outcome-types";
import type { InvestigationDetail } from "@/lib/investigations/types";
import { Form } from "@/components/forms/form";

const FIELDS = [
  "status",
  "outcomeCode",
  "outcomeOn",
  "chargedOn",
  "knifeRecovered",
  "nextReviewOn",
  "flagged",
  "scrutinyReason",
] as const;
const FORM_ID = "investigation-form";

const isoDay = (date: Date | null) => (date ? new Date(date).toISOString().slice(0, 10) : "");

type Props = { investigation: InvestigationDetail; title: string };

/**
 * The officer in charge's form. It sends the versions this page was rendered with; a CONFLICT
 * refreshes the page (so the summary above shows the saved values and the next save carries the new
 * versions) while the form keeps what the officer typed: react-hook-form's state outlives a refresh.
 */
export function InvestigationForm({ investigation, title }: Props) {
  const { form, bind, bindDate, summary, onSubmit, focusKey, pending, saved } =
    useFormAction<InvestigationFormValues>({
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
  const flagged = useWatch({ control: form.control, name: "flagged" });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h3 className="govuk-heading-m">Update the investigation</h3>
      <Form id={FORM_ID} tabIndex={-1} onSubmit={onSubmit} data-testid="investigation-form">
        <RadiosField
          {...bind("status")}
          small
          legend="Status"
          options={INVESTIGATION_STATUSES.map((s) => ({ value: s, label: INVESTIGATION_STATUS_LABELS[s] }))}
        />
        <SelectField
          {...bind("outcomeCode")}
          label="Outcome (Home Office outcome type)"
          options={[
            { value: "", label: "None recorded" },
            ...OUTCOME_TYPES.map((o) => ({ value: String(o.code), label: `${o.code} – ${o.description}` })),
          ]}
        />
        <DateInput
          {...bindDate("outcomeOn")}
          legend="Outcome date"
          hint="Not in the future, and not before the offence occurred."
        />
        <DateInput {...bindDate("chargedOn")} legend="Charge date" />
        <RadiosField {...bind("knifeRecovered")} small legend="Knife recovered" inline options={YES_NO} />
        <DateInput {...bindDate("nextReviewOn")} legend="Next review date" />
        <CheckboxField {...bind("flagged")} label="Flag this case for scrutiny by the forum" />
        {flagged ? (
          <TextareaField {...bind("scrutinyReason")} label="Why does the case need scrutiny?" rows={3} />
        ) : null}
        <SubmitButton pending={pending}>Save investigation</SubmitButton>
      </Form>
      {/* Beside the button, where the officer is looking; it takes focus when it appears. */}
      <FormOutcomeBanners
        saved={saved}
        savedMessage="Investigation saved."
        savedTestId="investigation-saved"
        already={null}
      />
    </>
  );
}
