"use client";

import { useWatch } from "react-hook-form";
import { RadiosField, SubmitButton, TextareaField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { updateActionProgressAction } from "@/app/actions/actions";
import type { ProgressFormValues } from "@/lib/action-items/schemas";
import { Form } from "@/components/forms/form";

const FIELDS = ["status", "note", "resultNote", "notPossibleReason"] as const;
const STATUSES = [
  { value: "IN_PROGRESS", label: "In progress" },
  { value: "COMPLETED", label: "Completed" },
  { value: "NOT_POSSIBLE", label: "Not possible" },
] as const;
const EMPTY: ProgressFormValues = { status: "IN_PROGRESS", note: "", resultNote: "", notPossibleReason: "" };

/**
 * The owner's update: a progress note and the status. Completing needs a result note; "not
 * possible" needs a reason (the chair then reviews it). A conflict keeps what was typed.
 */
export function ProgressForm({ id, version }: { id: number; version: number }) {
  const { form, bind, summary, onSubmit, focusKey, pending } = useFormAction<ProgressFormValues>({
    schema: () => import("@/lib/action-items/schemas").then((m) => m.progressFormSchema),
    defaults: EMPTY,
    fields: FIELDS,
    formAnchor: "progress-form",
    submit: (values) => updateActionProgressAction({ ...values, id, version }),
    onSaved: (_data, f) => f.reset(EMPTY),
  });
  // useWatch (not form.watch) so the React Compiler can keep memoising this component.
  const status = useWatch({ control: form.control, name: "status" });

  return (
    <Form id="progress-form" tabIndex={-1} onSubmit={onSubmit} data-testid="progress-form">
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <RadiosField {...bind("status")} legend="Status" options={STATUSES} />
      <TextareaField
        {...bind("note")}
        label="Progress note"
        hint="What has been done since the last update."
        rows={3}
      />
      {status === "COMPLETED" ? (
        <TextareaField
          {...bind("resultNote")}
          label="Result"
          hint="What the action achieved: the forum reads this."
          rows={3}
        />
      ) : null}
      {status === "NOT_POSSIBLE" ? (
        <TextareaField
          {...bind("notPossibleReason")}
          label="Why it was not possible"
          hint="The chair reviews this at the next meeting."
          rows={3}
        />
      ) : null}
      <SubmitButton pending={pending}>Save update</SubmitButton>
    </Form>
  );
}
