"use client";

import { RadiosField, SelectField, TextField, TextareaField } from "@/components/forms/fields";
import { useEffect, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { DatePartsInput } from "@/components/forms/date-input";
import { createOffenceAction } from "@/app/offences/new/actions";
import { updateOffenceAction } from "@/app/offences/[id]/edit/actions";
import type { ActionError } from "@/lib/actions/action-result";
import {
  CRIME_REFERENCE_MAX,
  EXISTING_OFFENCE_KEY,
  OFFENCE_FORM_FIELDS,
  offenceFormSchema,
  SUMMARY_MAX,
  type OffenceFormInput,
  type OffenceFormValues,
} from "@/lib/offences/offence-form-schema";
import { OFFENCE_CODES } from "@/lib/reference/offence-codes";
import { NPU_NAMES } from "@/lib/reference/npus";
import { HOTSPOTS } from "@/lib/reference/hotspots";
import { Form } from "@/components/forms/form";

const CODE_OPTIONS = OFFENCE_CODES.map((o) => ({ value: o.code, label: `${o.code} – ${o.description}` }));
const NPU_OPTIONS = NPU_NAMES.map((n) => ({ value: n, label: n }));
const YES_NO = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

type Props = { title: string; initial: OffenceFormValues } & (
  { mode: "create" } | { mode: "edit"; offenceId: number }
);

export function OffenceForm(props: Props) {
  const { title, initial } = props;
  const router = useRouter();
  const form = useForm<OffenceFormValues, unknown, OffenceFormInput>({
    resolver: zodResolver(offenceFormSchema),
    shouldFocusError: false,
    defaultValues: initial,
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const npu = useWatch({ control: form.control, name: "npu" });
  const server = useActionErrors(form, OFFENCE_FORM_FIELDS);
  const [existingId, setExistingId] = useState<string | null>(null);
  const summary = summaryItems(OFFENCE_FORM_FIELDS, errors, server.formError);
  const hotspotOptions = HOTSPOTS.filter((h) => h.npu === npu).map((h) => ({
    value: h.code,
    label: `${h.code} – ${h.name}`,
  }));

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  function applyError(error: ActionError) {
    const { [EXISTING_OFFENCE_KEY]: existing, ...fieldErrors } = error.fieldErrors ?? {};
    setExistingId(existing?.[0] ?? null);
    server.apply(error.fieldErrors ? { ...error, fieldErrors } : error);
  }

  // The action gets the form's own values (strings): it parses them again with the same schema.
  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    setExistingId(null);
    if (props.mode === "create") {
      const result = await server.send(() => createOffenceAction(form.getValues()));
      if (result.ok) router.push(`/offences/${result.data.id}/people/add?created=1`);
      else applyError(result.error);
    } else {
      // The version is the page's, not the form's: after a conflict the refresh brings the saved
      // version, so saving again (having read the saved values) works without a reload.
      const result = await server.send(() =>
        updateOffenceAction({
          offenceId: props.offenceId,
          values: { ...form.getValues(), version: initial.version },
        }),
      );
      if (result.ok) router.push(`/offences/${props.offenceId}`);
      else applyError(result.error);
      if (!result.ok && result.error.code === "CONFLICT") router.refresh();
    }
  });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <h1 className="govuk-heading-l">{title}</h1>
      <Form onSubmit={onSubmit} data-testid="offence-form">
        <TextField
          id="crimeReference"
          label="Crime reference"
          hint="Letters, numbers, slashes (/) and hyphens (-), up to 30 characters"
          error={errors.crimeReference?.message}
          field={form.register("crimeReference")}
          widthClass="govuk-input--width-20"
          maxLength={CRIME_REFERENCE_MAX}
        />
        {existingId ? (
          <p className="govuk-body" data-testid="existing-offence">
            <Link className="govuk-link" href={`/offences/${existingId}`}>
              View the offence that already has this crime reference
            </Link>
          </p>
        ) : null}
        <SelectField
          id="offenceCode"
          label="Offence"
          error={errors.offenceCode?.message}
          field={form.register("offenceCode")}
          options={CODE_OPTIONS}
          placeholder="Select the offence"
        />
        <RadiosField
          id="knifeUsed"
          legend="Was a knife or sharp instrument used?"
          hint="Used to injure, attempt to injure or threaten, including where it was believed but not seen. Never for possession (10D)."
          error={errors.knifeUsed?.message}
          field={form.register("knifeUsed")}
          options={YES_NO}
          inline
        />
        <RadiosField
          id="domesticAbuse"
          legend="Is the offence flagged as domestic abuse?"
          hint="As the records system flags it. The Home Office return counts non-domestic homicides only."
          error={errors.domesticAbuse?.message}
          field={form.register("domesticAbuse")}
          options={YES_NO}
          inline
        />
        <DatePartsInput
          id="occurredOn"
          legend="Date the offence occurred"
          hint="For example, 27 3 2026"
          error={errors.occurredOn?.message}
          register={form.register}
        />
        <DatePartsInput
          id="recordedOn"
          legend="Date the offence was recorded"
          hint="The same as or after the date it occurred"
          error={errors.recordedOn?.message}
          register={form.register}
        />
        <SelectField
          id="npu"
          label="Neighbourhood policing unit"
          error={errors.npu?.message}
          field={form.register("npu")}
          options={NPU_OPTIONS}
          placeholder="Select the NPU"
        />
        <SelectField
          id="hotspot"
          label="Hotspot (optional)"
          hint="Only hotspots in the selected NPU are listed"
          error={errors.hotspot?.message}
          field={form.register("hotspot")}
          options={hotspotOptions}
          placeholder="Not in a hotspot"
        />
        <TextField
          id="locationText"
          label="Location (optional)"
          hint="A street or place, never a home address"
          error={errors.locationText?.message}
          field={form.register("locationText")}
          maxLength={200}
        />
        <TextareaField
          id="summary"
          label="Summary (optional)"
          hint={`Up to ${SUMMARY_MAX.toLocaleString("en-GB")} characters`}
          error={errors.summary?.message}
          field={form.register("summary")}
        />
        <TextField
          id="harmScore"
          label="Harm score"
          hint="A whole number, from the force's harm index"
          error={errors.harmScore?.message}
          field={form.register("harmScore")}
          widthClass="govuk-input--width-5"
        />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
          {props.mode === "create" ? "Save and add people" : "Save changes"}
        </button>
      </Form>
    </>
  );
}
