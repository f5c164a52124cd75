"use client";

import { RadiosField, TextareaField } from "@/components/forms/fields";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { ReferralState } from "@/lib/enums";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { DateInput } from "@/components/forms/date-input";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { updateReferralAction } from "@/app/referrals/actions";
import { REFERRAL_STATE_LABELS } from "@/lib/referrals/rules";
import { referralUpdateFormSchema, type ReferralUpdateFormValues } from "@/lib/referrals/schemas";
import { Form } from "@/components/forms/form";

const FIELDS = ["toState", "occurredOn", "note"] as const;

/**
 * The caseworker's update: a new state (only the next steps the lifecycle allows are offered; the
 * server checks again), or none for a note only, with the date it happened.
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
  const router = useRouter();
  const form = useForm<ReferralUpdateFormValues, unknown, unknown>({
    resolver: zodResolver(referralUpdateFormSchema),
    shouldFocusError: false,
    defaultValues: { toState: nextStates.length > 0 ? undefined : "", occurredOn: today, note: "" },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError, "referral-update-form");

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  // Not remounted when the page refreshes (a conflict must keep what was typed): once the referral
  // has ended there are no states to choose, so the update is a note.
  const ended = nextStates.length === 0;
  useEffect(() => {
    if (ended) form.setValue("toState", "");
  }, [ended, form]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await server.send(() =>
      updateReferralAction({ ...form.getValues(), id: referralId, version }),
    );
    if (!result.ok) {
      server.apply(result.error);
      // A conflict: show the referral as it now is, keeping what the caseworker typed.
      if (result.error.code === "CONFLICT") router.refresh();
      return;
    }
    form.reset({ toState: ended ? "" : undefined, occurredOn: today, note: "" });
    router.refresh();
  });

  const options = [
    ...nextStates.map((s) => ({ value: s, label: REFERRAL_STATE_LABELS[s] })),
    { value: "", label: nextStates.length > 0 ? "No change – add a note only" : "Add a note" },
  ];
  return (
    <Form id="referral-update-form" tabIndex={-1} onSubmit={onSubmit} data-testid="referral-update-form">
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <h2 className="govuk-heading-m">Record an update</h2>
      {nextStates.length > 0 ? (
        <RadiosField
          small
          id="toState"
          legend="What happened?"
          hint="Only the next steps of the referral are offered."
          error={errors.toState?.message}
          field={form.register("toState")}
          options={options}
        />
      ) : (
        <p className="govuk-body">
          This referral has ended: its state cannot change, but you can add a note.
        </p>
      )}
      <DateInput
        control={form.control}
        name="occurredOn"
        id="occurredOn"
        legend="Date"
        hint="The date it happened. Not before the last change, not in the future."
        error={errors.occurredOn?.message}
      />
      <TextareaField
        id="note"
        label="Note"
        hint="What was done, and what happens next. Do not record intelligence here."
        field={form.register("note")}
        error={errors.note?.message}
        rows={4}
      />
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
        Save update
      </button>
    </Form>
  );
}
