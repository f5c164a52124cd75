"use client";

import { RadiosField, TextareaField } from "@/components/forms/fields";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { reviewActionAction } from "@/app/actions/actions";
import { reviewFormSchema, type ReviewFormValues } from "@/lib/action-items/schemas";
import { Form } from "@/components/forms/form";

const FIELDS = ["outcome", "note"] as const;

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
  const router = useRouter();
  const form = useForm<ReviewFormValues, unknown, unknown>({
    resolver: zodResolver(reviewFormSchema),
    shouldFocusError: false,
    defaultValues: { outcome: awaitingReview ? undefined : "NOT_DONE", note: "" },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError, "review-form").map((s) =>
    s.fieldId === "note" ? { ...s, fieldId: "review-note" } : s,
  );

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await server.send(() => reviewActionAction({ ...form.getValues(), id, version }));
    if (!result.ok) return server.apply(result.error);
    router.refresh();
  });

  const options = awaitingReview
    ? [
        { value: "NOT_POSSIBLE", label: "Not possible – the reason is accepted" },
        { value: "NOT_DONE", label: "Not done" },
      ]
    : [{ value: "NOT_DONE", label: "Not done" }];
  return (
    <Form id="review-form" tabIndex={-1} onSubmit={onSubmit} data-testid="review-form">
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <RadiosField
        id="outcome"
        legend="The chair's review"
        field={form.register("outcome")}
        error={errors.outcome?.message}
        options={options}
      />
      <TextareaField
        id="review-note"
        label="Note (optional)"
        field={form.register("note")}
        error={errors.note?.message}
        rows={2}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={isSubmitting}
      >
        Record the review and close the action
      </button>
    </Form>
  );
}
