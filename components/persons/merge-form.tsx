"use client";

import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import type { z } from "zod";
import { mergePersonsAction } from "@/app/persons/actions";
import { MERGE_FIELDS } from "@/lib/persons/form-fields";
import type { MergeField, mergePersonsSchema } from "@/lib/persons/schemas";
import { formatDate } from "@/lib/dates/format";
import { displayName } from "@/lib/labels/person-name";
import type { MergeSide } from "@/lib/persons/types";

export type MergeSideView = Omit<MergeSide, "mergedIntoId">;

const LABELS: Record<MergeField, string> = {
  surname: "Surname",
  forenames: "Forenames",
  dateOfBirth: "Date of birth",
  gender: "Gender",
  npuId: "NPU of residence",
  vulnerable: "Vulnerable",
};
const FIELDS = ["survivor", ...MERGE_FIELDS] as const;

function show(side: MergeSideView, field: MergeField): string {
  switch (field) {
    case "dateOfBirth":
      return side.dateOfBirth ? formatDate(side.dateOfBirth) : "Not known";
    case "npuId":
      return side.npu ?? "Not known";
    case "vulnerable":
      return side.vulnerable ? "Yes" : "No";
    case "forenames":
      return side.forenames || "Not known";
    default:
      return String(side[field]);
  }
}

/** Side by side: per field, which record's value the merged person keeps; and which record survives. */
export function MergeForm({ a, b }: { a: MergeSideView; b: MergeSideView }) {
  // The server's HTML ticks these too (without JavaScript, and before the form's code loads).
  const defaults: z.input<typeof mergePersonsSchema> = {
    a: a.id,
    b: b.id,
    versionA: a.version,
    versionB: b.version,
    survivor: "a",
    surname: "a",
    forenames: "a",
    dateOfBirth: a.dateOfBirth ? "a" : "b",
    gender: a.gender !== "UNKNOWN" ? "a" : "b",
    npuId: a.npu ? "a" : "b",
    vulnerable: a.vulnerable || !b.vulnerable ? "a" : "b",
  };
  const action = useFormAction<z.input<typeof mergePersonsSchema>, { survivorId: number }>({
    schema: () => import("@/lib/persons/schemas").then((m) => m.mergePersonsSchema),
    defaults,
    fields: FIELDS,
    submit: (values) => mergePersonsAction(values),
    done: (data) => `/persons/${data.survivorId}?merged=1`,
  });
  const { form } = action;

  const radio = (name: MergeField | "survivor", value: "a" | "b", label: string) => {
    const id = value === "a" ? name : `${name}-b`;
    return (
      <div className="govuk-radios__item">
        <input
          className="govuk-radios__input"
          id={id}
          type="radio"
          value={value}
          defaultChecked={defaults[name] === value}
          {...form.register(name)}
        />
        <label className="govuk-label govuk-radios__label" htmlFor={id}>
          {label}
        </label>
      </div>
    );
  };

  return (
    <FormFrame form={action} testId="merge-form" submit="Merge these records">
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            Which record do you keep?
          </legend>
          <div className="govuk-hint">
            The other is kept too, marked as merged into this one, so the merge can be undone.
          </div>
          <div className="govuk-radios" data-module="govuk-radios">
            {radio("survivor", "a", `Record ${a.id}: ${displayName(a)} (${a.offenceCount} offences)`)}
            {radio("survivor", "b", `Record ${b.id}: ${displayName(b)} (${b.offenceCount} offences)`)}
          </div>
        </fieldset>
      </div>
      <h2 className="govuk-heading-m">Choose the value to keep for each detail</h2>
      {MERGE_FIELDS.map((field) => (
        <div className="govuk-form-group" key={field}>
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{LABELS[field]}</legend>
            <div className="govuk-radios govuk-radios--inline govuk-radios--small" data-module="govuk-radios">
              {radio(field, "a", `${show(a, field)} (record ${a.id})`)}
              {radio(field, "b", `${show(b, field)} (record ${b.id})`)}
            </div>
          </fieldset>
        </div>
      ))}
    </FormFrame>
  );
}
