"use client";

import { labelledOptions } from "@/components/forms/options";
import { useEffect } from "react";
import type { ReferralState } from "@/lib/enums";
import { RadiosField } from "@/components/forms/fields";
import type { FieldSpec } from "@/components/forms/field-list";
import { DatedFieldList } from "@/components/forms/dated-field-list";
import { useFormAction } from "@/components/forms/use-form-action";
import { updateReferralAction } from "@/app/referrals/actions";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";
import type { ReferralUpdateFormValues } from "@/lib/referrals/schemas";
import { FormFrame } from "@/components/forms/form-frame";

const DETAILS: FieldSpec<ReferralUpdateFormValues>[] = [
  {
    kind: "date",
    name: "occurredOn",
    legend: "Date",
    hint: "The date it happened. Not before the last change, not in the future.",
  },
  {
    kind: "textarea",
    name: "note",
    label: "Note",
    hint: "What was done, and what happens next. Do not record intelligence here.",
    rows: 4,
  },
];

/**
 * The caseworker's update: a new state (only the next steps the lifecycle allows are offered; the
 * server checks again), or none for a note only, with the date it happened. A conflict shows the
 * referral's saved state, date and note beside what was typed, and refreshes the page.
 */
export function ReferralUpdateForm({
  referralId,
  version,
  nextStates,
  today,
  title,
}: {
  referralId: number;
  version: number;
  nextStates: readonly ReferralState[];
  today: string;
  title: string;
}) {
  // Not remounted when the page refreshes (a conflict must keep what was typed): once the referral
  // has ended there are no states to choose, so the update is a note.
  const ended = nextStates.length === 0;
  const action = useFormAction<ReferralUpdateFormValues>({
    schema: () => import("@/lib/referrals/schemas").then((m) => m.referralUpdateFormSchema),
    defaults: { toState: ended ? "" : undefined, occurredOn: today, note: "" },
    fields: ["toState", "occurredOn", "note"],
    title,
    formAnchor: "referral-update-form",
    submit: (values) => updateReferralAction({ ...values, id: referralId, version }),
    onSaved: (_data, f) => f.reset({ toState: ended ? "" : undefined, occurredOn: today, note: "" }),
  });
  const { form, bind } = action;
  useEffect(() => {
    if (ended) form.setValue("toState", "");
  }, [ended, form]);

  const options = [
    ...labelledOptions(nextStates, REFERRAL_STATE_LABELS),
    { value: "", label: nextStates.length > 0 ? "No change – add a note only" : "Add a note" },
  ];
  return (
    <FormFrame
      form={action}
      id="referral-update-form"
      testId="referral-update-form"
      contained
      heading={<h2 className="govuk-heading-m">Record an update</h2>}
      submit="Save update"
    >
      {nextStates.length > 0 ? (
        <RadiosField
          {...bind("toState")}
          small
          legend="What happened?"
          hint="Only the next steps of the referral are offered."
          options={options}
        />
      ) : (
        <p className="govuk-body">
          This referral has ended: its state cannot change, but you can add a note.
        </p>
      )}
      <DatedFieldList fields={DETAILS} form={action} />
    </FormFrame>
  );
}
