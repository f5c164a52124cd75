"use client";

import { useState } from "react";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { TextareaField, TextField } from "@/components/forms/fields";
import type { FieldSpec } from "@/components/forms/field-list";
import { DatedFieldList } from "@/components/forms/dated-field-list";
import { useFormAction } from "@/components/forms/use-form-action";
import { YES_NO } from "@/components/forms/options";
import { createOffenceAction } from "@/app/offences/new/actions";
import { updateOffenceAction } from "@/app/offences/[id]/edit/actions";
import {
  CRIME_REFERENCE_MAX,
  EXISTING_OFFENCE_KEY,
  OFFENCE_FORM_FIELDS,
  SUMMARY_MAX,
} from "@/lib/offences/offence-form-fields";
import type { OffenceFormValues } from "@/lib/offences/offence-form-schema";
import { OFFENCE_CODES } from "@/lib/reference/offence-codes";
import { NPU_NAMES } from "@/lib/reference/npus";
import { HOTSPOTS } from "@/lib/reference/hotspots";
import { FormFrame } from "@/components/forms/form-frame";

const CODE_OPTIONS = OFFENCE_CODES.map((o) => ({ value: o.code, label: `${o.code} – ${o.description}` }));
const NPU_OPTIONS = NPU_NAMES.map((n) => ({ value: n, label: n }));

type Props = { title: string; initial: OffenceFormValues } & (
  { mode: "create" } | { mode: "edit"; offenceId: number }
);

export function OffenceForm(props: Props) {
  const { title, initial } = props;
  const [existingId, setExistingId] = useState<string | null>(null);
  const action = useFormAction<OffenceFormValues, { id: number }>({
    schema: () => import("@/lib/offences/offence-form-schema").then((m) => m.offenceFormSchema),
    defaults: initial,
    fields: OFFENCE_FORM_FIELDS,
    title,
    // The action gets the form's own values (strings): it parses them again with the same schema.
    // An edit sends the page's version, not the form's: after a conflict the refresh brings the
    // saved version, so saving again (having read the saved values) works without a reload.
    submit: (values) => {
      setExistingId(null);
      return props.mode === "create"
        ? createOffenceAction(values)
        : updateOffenceAction({
            offenceId: props.offenceId,
            values: { ...values, version: initial.version },
          });
    },
    done: (data) =>
      props.mode === "create" ? `/offences/${data.id}/people/add?created=1` : `/offences/${props.offenceId}`,
    // "Already has this crime reference" links to that offence instead of being a message.
    onError: (error) => {
      const { [EXISTING_OFFENCE_KEY]: existing, ...fieldErrors } = error.fieldErrors ?? {};
      setExistingId(existing?.[0] ?? null);
      return error.fieldErrors ? { ...error, fieldErrors } : error;
    },
  });
  const { form, bind } = action;
  const npu = useWatch({ control: form.control, name: "npu" });
  const hotspotOptions = HOTSPOTS.filter((h) => h.npu === npu).map((h) => ({
    value: h.code,
    label: `${h.code} – ${h.name}`,
  }));
  const details: FieldSpec<OffenceFormValues>[] = [
    {
      kind: "select",
      name: "offenceCode",
      label: "Offence",
      options: CODE_OPTIONS,
      placeholder: "Select the offence",
    },
    {
      kind: "radios",
      name: "knifeUsed",
      legend: "Was a knife or sharp instrument used?",
      hint: "Used to injure, attempt to injure or threaten, including where it was believed but not seen. Never for possession (10D).",
      options: YES_NO,
      inline: true,
    },
    {
      kind: "radios",
      name: "domesticAbuse",
      legend: "Is the offence flagged as domestic abuse?",
      hint: "As the records system flags it. The Home Office return counts non-domestic homicides only.",
      options: YES_NO,
      inline: true,
    },
    {
      kind: "dateParts",
      name: "occurredOn",
      legend: "Date the offence occurred",
      hint: "For example, 27 3 2026",
    },
    {
      kind: "dateParts",
      name: "recordedOn",
      legend: "Date the offence was recorded",
      hint: "The same as or after the date it occurred",
    },
    {
      kind: "select",
      name: "npu",
      label: "Neighbourhood policing unit",
      options: NPU_OPTIONS,
      placeholder: "Select the NPU",
    },
    {
      kind: "select",
      name: "hotspot",
      label: "Hotspot code in the records system (optional)",
      hint: "As the records system gives it. The offence is counted in the hotspot its location is in on the day it occurred; a code that disagrees is flagged for the analyst",
      options: hotspotOptions,
      placeholder: "None given",
    },
    {
      kind: "text",
      name: "locationText",
      label: "Location (optional)",
      hint: "A street or place, never a home address",
      maxLength: 200,
    },
  ];

  return (
    <FormFrame
      form={action}
      testId="offence-form"
      title={title}
      submit={props.mode === "create" ? "Save and add people" : "Save changes"}
    >
      <TextField
        {...bind("crimeReference")}
        label="Crime reference"
        hint="Letters, numbers, slashes (/) and hyphens (-), up to 30 characters"
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
      <DatedFieldList fields={details} form={action} />
      <fieldset className="govuk-fieldset" aria-describedby="point-hint">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          Where it happened on a map (optional)
        </legend>
        <div className="govuk-hint" id="point-hint">
          Latitude and longitude in decimal degrees (WGS84), as the records system gives them, for example
          52.4862 and -1.8904. Without them the offence is counted as unplaced, in no hotspot.
        </div>
        <TextField {...bind("latitude")} label="Latitude" widthClass="govuk-input--width-10" maxLength={20} />
        <TextField
          {...bind("longitude")}
          label="Longitude"
          widthClass="govuk-input--width-10"
          maxLength={20}
        />
      </fieldset>
      <TextareaField
        {...bind("summary")}
        label="Summary (optional)"
        hint={`Up to ${SUMMARY_MAX.toLocaleString("en-GB")} characters`}
      />
    </FormFrame>
  );
}
