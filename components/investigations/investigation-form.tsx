"use client";

import { CheckboxField, RadiosField, SelectField, TextareaField } from "@/components/forms/fields";
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { DateInput } from "@/components/forms/date-input";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { updateInvestigationAction } from "@/app/offences/[id]/(record)/investigation/actions";
import { investigationFormSchema, type InvestigationFormValues } from "@/lib/investigations/schemas";
import { INVESTIGATION_STATUSES, STATUS_LABELS } from "@/lib/investigations/rules";
import { OUTCOME_TYPES } from "@/lib/reference/outcome-types";
import type { InvestigationDetail } from "@/lib/investigations/types";
import { Form } from "@/components/forms/form";
import { SavedBanner } from "@/components/forms/saved-banner";

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
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const form = useForm<InvestigationFormValues, unknown, unknown>({
    resolver: zodResolver(investigationFormSchema),
    shouldFocusError: false,
    defaultValues: {
      status: investigation.status,
      outcomeCode: investigation.outcomeCode === null ? "" : String(investigation.outcomeCode),
      outcomeOn: isoDay(investigation.outcomeOn),
      chargedOn: isoDay(investigation.chargedOn),
      knifeRecovered: investigation.knifeRecovered ? "yes" : "no",
      nextReviewOn: isoDay(investigation.nextReviewOn),
      flagged: investigation.flaggedForScrutiny,
      scrutinyReason: investigation.scrutinyReason ?? "",
    },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const flagged = useWatch({ control: form.control, name: "flagged" });
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError, FORM_ID);

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    setSaved(false);
    const result = await server.send(() =>
      updateInvestigationAction({
        ...form.getValues(),
        id: investigation.id,
        version: investigation.version,
        offenceVersion: investigation.offenceVersion,
      }),
    );
    if (result.ok) setSaved(true);
    else server.apply(result.error);
    if (result.ok || result.error.code === "CONFLICT") router.refresh();
  });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <h3 className="govuk-heading-m">Update the investigation</h3>
      <Form id={FORM_ID} tabIndex={-1} onSubmit={onSubmit} data-testid="investigation-form">
        <RadiosField
          small
          id="status"
          legend="Status"
          field={form.register("status")}
          error={errors.status?.message}
          options={INVESTIGATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
        />
        <SelectField
          id="outcomeCode"
          label="Outcome (Home Office outcome type)"
          field={form.register("outcomeCode")}
          error={errors.outcomeCode?.message}
          options={[
            { value: "", label: "None recorded" },
            ...OUTCOME_TYPES.map((o) => ({ value: String(o.code), label: `${o.code} – ${o.description}` })),
          ]}
        />
        <DateInput
          control={form.control}
          name="outcomeOn"
          id="outcomeOn"
          legend="Outcome date"
          hint="Not in the future, and not before the offence occurred."
          error={errors.outcomeOn?.message}
        />
        <DateInput
          control={form.control}
          name="chargedOn"
          id="chargedOn"
          legend="Charge date"
          error={errors.chargedOn?.message}
        />
        <RadiosField
          small
          id="knifeRecovered"
          legend="Knife recovered"
          inline
          field={form.register("knifeRecovered")}
          error={errors.knifeRecovered?.message}
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
        />
        <DateInput
          control={form.control}
          name="nextReviewOn"
          id="nextReviewOn"
          legend="Next review date"
          error={errors.nextReviewOn?.message}
        />
        <CheckboxField
          id="flagged"
          label="Flag this case for scrutiny by the forum"
          field={form.register("flagged")}
          error={errors.flagged?.message}
        />
        {flagged ? (
          <TextareaField
            id="scrutinyReason"
            label="Why does the case need scrutiny?"
            field={form.register("scrutinyReason")}
            error={errors.scrutinyReason?.message}
            rows={3}
          />
        ) : null}
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
          Save investigation
        </button>
      </Form>
      {/* Beside the button, where the officer is looking; it takes focus when it appears. */}
      {saved ? <SavedBanner message="Investigation saved." testId="investigation-saved" /> : null}
    </>
  );
}
