"use client";

import { RadiosField, TextareaField } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { reviewActionAction } from "@/app/actions/actions";
import type { ReviewFormValues } from "@/lib/action-items/schemas";

/** The chair's review: was it really not possible, or was it not done? Closes the action. */
export function ReviewForm({
  id,
  version,
  awaitingReview,
}: {
  id: number;
  version: number;
  awaitingReview: boolean;
}) {
  const form = useFormAction<ReviewFormValues>({
    schema: () => import("@/lib/action-items/schemas").then((m) => m.reviewFormSchema),
    defaults: { outcome: awaitingReview ? undefined : "NOT_DONE", note: "" },
    fields: ["outcome", "note"],
    formAnchor: "review-form",
    submit: (values) => reviewActionAction({ ...values, id, version }),
  });
  // The note's id is the page's own: the action page has a progress note too.
  const summary = form.summary.map((s) => (s.fieldId === "note" ? { ...s, fieldId: "review-note" } : s));

  const options = awaitingReview
    ? [
        { value: "NOT_POSSIBLE", label: "Not possible – the reason is accepted" },
        { value: "NOT_DONE", label: "Not done" },
      ]
    : [{ value: "NOT_DONE", label: "Not done" }];
  return (
    <FormFrame
      form={{ ...form, summary }}
      id="review-form"
      testId="review-form"
      contained
      submit="Record the review and close the action"
      secondary
    >
      <RadiosField {...form.bind("outcome")} legend="The chair's review" options={options} />
      <TextareaField {...form.bind("note")} id="review-note" label="Note (optional)" rows={2} />
    </FormFrame>
  );
}
