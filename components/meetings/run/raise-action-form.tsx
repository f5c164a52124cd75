"use client";

import { SelectField, TextField, TextareaField } from "@/components/forms/fields";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { DateInput } from "@/components/forms/date-input";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { raiseActionAction } from "@/app/meetings/[id]/run/actions";
import { raiseActionFormSchema, type RaiseActionFormValues } from "@/lib/action-items/schemas";

const FIELDS = ["title", "description", "ownerId", "dueOn", "decisionId"] as const;
const EMPTY: RaiseActionFormValues = { title: "", description: "", ownerId: "", dueOn: "", decisionId: "" };

type Props = {
  agendaItemId: number;
  owners: { value: string; label: string }[];
  decisions: { value: string; label: string }[];
  /** What the action will be linked to (from the item), said before it is saved. */
  linkedTo: string | null;
};

/** Raises an action on the spot from the item in discussion; the case and person come with it. */
export function RaiseActionForm({ agendaItemId, owners, decisions, linkedTo }: Props) {
  const router = useRouter();
  const form = useForm<RaiseActionFormValues, unknown, unknown>({
    resolver: zodResolver(raiseActionFormSchema),
    shouldFocusError: false,
    defaultValues: EMPTY,
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError, "action-title");

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await raiseActionAction({ ...form.getValues(), agendaItemId });
    if (!result.ok) return server.apply(result.error);
    form.reset(EMPTY);
    router.refresh();
  });

  return (
    <form method="post" onSubmit={onSubmit} noValidate data-testid="raise-action-form">
      <ErrorSummary
        errors={summary.map((s) => (s.fieldId === "title" ? { ...s, fieldId: "action-title" } : s))}
        focusKey={submitCount + server.attempts}
      />
      {linkedTo ? <p className="govuk-body">The action will be linked to {linkedTo}.</p> : null}
      <TextField
        id="action-title"
        label="Action"
        field={form.register("title")}
        error={errors.title?.message}
      />
      <TextareaField
        id="description"
        label="Detail (optional)"
        field={form.register("description")}
        error={errors.description?.message}
        rows={2}
      />
      <SelectField
        id="ownerId"
        label="Owner"
        field={form.register("ownerId")}
        error={errors.ownerId?.message}
        options={owners}
        placeholder="Select the owner"
      />
      <DateInput
        control={form.control}
        name="dueOn"
        id="dueOn"
        legend="Due date"
        hint="Today or later, for example 27 3 2027."
        error={errors.dueOn?.message}
      />
      {decisions.length > 0 ? (
        <SelectField
          id="decisionId"
          label="From decision (optional)"
          field={form.register("decisionId")}
          error={errors.decisionId?.message}
          options={decisions}
          placeholder="Not from a decision"
        />
      ) : null}
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={isSubmitting}
      >
        Raise action
      </button>
    </form>
  );
}
