"use client";

import { RadiosField, TextareaField } from "@/components/forms/fields";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { updateActionProgressAction } from "@/app/actions/actions";
import { progressFormSchema, type ProgressFormValues } from "@/lib/action-items/schemas";
import { Form } from "@/components/forms/form";

const FIELDS = ["status", "note", "resultNote", "notPossibleReason"] as const;
const STATUSES = [
  { value: "IN_PROGRESS", label: "In progress" },
  { value: "COMPLETED", label: "Completed" },
  { value: "NOT_POSSIBLE", label: "Not possible" },
] as const;

/**
 * The owner's update: a progress note and the status. Completing needs a result note; "not
 * possible" needs a reason (the chair then reviews it). A conflict keeps what was typed.
 */
export function ProgressForm({ id, version }: { id: number; version: number }) {
  const router = useRouter();
  const form = useForm<ProgressFormValues, unknown, unknown>({
    resolver: zodResolver(progressFormSchema),
    shouldFocusError: false,
    defaultValues: { status: "IN_PROGRESS", note: "", resultNote: "", notPossibleReason: "" },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError, "progress-form");
  // useWatch (not form.watch) so the React Compiler can keep memoising this component.
  const status = useWatch({ control: form.control, name: "status" });

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await server.send(() => updateActionProgressAction({ ...form.getValues(), id, version }));
    if (!result.ok) return server.apply(result.error);
    form.reset({ status: "IN_PROGRESS", note: "", resultNote: "", notPossibleReason: "" });
    router.refresh();
  });

  return (
    <Form id="progress-form" tabIndex={-1} onSubmit={onSubmit} data-testid="progress-form">
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <RadiosField
        id="status"
        legend="Status"
        field={form.register("status")}
        error={errors.status?.message}
        options={STATUSES}
      />
      <TextareaField
        id="note"
        label="Progress note"
        hint="What has been done since the last update."
        field={form.register("note")}
        error={errors.note?.message}
        rows={3}
      />
      {status === "COMPLETED" ? (
        <TextareaField
          id="resultNote"
          label="Result"
          hint="What the action achieved: the forum reads this."
          field={form.register("resultNote")}
          error={errors.resultNote?.message}
          rows={3}
        />
      ) : null}
      {status === "NOT_POSSIBLE" ? (
        <TextareaField
          id="notPossibleReason"
          label="Why it was not possible"
          hint="The chair reviews this at the next meeting."
          field={form.register("notPossibleReason")}
          error={errors.notPossibleReason?.message}
          rows={3}
        />
      ) : null}
      <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
        Save update
      </button>
    </Form>
  );
}
