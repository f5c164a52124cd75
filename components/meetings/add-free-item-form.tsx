"use client";

import { TextField, TextareaField } from "@/components/forms/fields";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { addFreeAgendaItemAction } from "@/app/meetings/[id]/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { addFreeItemSchema, type AddFreeItemInput } from "@/lib/meetings/schemas";
import { Form } from "@/components/forms/form";

// An item of the analyst's own ("Other business"), added at the end of the draft pack.

const FIELDS = ["title", "annotation"] as const;

export function AddFreeItemForm({ meetingId }: { meetingId: number }) {
  const form = useForm<AddFreeItemInput>({
    resolver: zodResolver(addFreeItemSchema),
    defaultValues: { meetingId, title: "", annotation: "" },
    shouldFocusError: false,
  });
  const { formError, attempts, apply, clear, send } = useActionErrors(form, FIELDS);
  const { errors, isSubmitting, submitCount } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    clear();
    const result = await send(() => addFreeAgendaItemAction(values));
    if (result.ok) form.reset({ meetingId, title: "", annotation: "" });
    else apply(result.error);
  });

  return (
    <Form onSubmit={onSubmit} data-testid="add-free-item">
      <ErrorSummary errors={summaryItems(FIELDS, errors, formError)} focusKey={submitCount + attempts} />
      <h2 className="govuk-heading-m">Add an item</h2>
      <TextField
        id="title"
        label="Title"
        error={errors.title?.message}
        field={form.register("title")}
        maxLength={200}
      />
      <TextareaField
        id="annotation"
        label="Note"
        hint="Optional. Shown under the item in the pack."
        error={errors.annotation?.message}
        field={form.register("annotation")}
        rows={3}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={isSubmitting}>
        Add item
      </button>
    </Form>
  );
}
