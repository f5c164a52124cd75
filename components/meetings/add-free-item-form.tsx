"use client";

import { SubmitButton, TextField, TextareaField } from "@/components/forms/fields";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import { useFormAction } from "@/components/forms/use-form-action";
import { addFreeAgendaItemAction } from "@/app/meetings/[id]/actions";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { AddFreeItemInput } from "@/lib/meetings/schemas";
import { Form } from "@/components/forms/form";

// An item of the analyst's own ("Other business"), added at the end of the draft pack.

const FIELDS = ["title", "annotation"] as const;

export function AddFreeItemForm({ meetingId }: { meetingId: number }) {
  const { bind, summary, onSubmit, focusKey, pending, already } = useFormAction<AddFreeItemInput>({
    schema: () => import("@/lib/meetings/schemas").then((m) => m.addFreeItemSchema),
    defaults: { meetingId, title: "", annotation: "" },
    fields: FIELDS,
    submit: (values) => addFreeAgendaItemAction(values),
    onSaved: (_data, f) => f.reset({ meetingId, title: "", annotation: "" }),
  });

  return (
    <Form onSubmit={onSubmit} data-testid="add-free-item">
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h2 className="govuk-heading-m">Add an item</h2>
      <TextField {...bind("title")} label="Title" maxLength={200} />
      <TextareaField
        {...bind("annotation")}
        label="Note"
        hint="Optional. Shown under the item in the pack."
        rows={3}
      />
      <SubmitButton pending={pending} secondary>
        Add item
      </SubmitButton>
      <FormOutcomeBanners already={already} />
    </Form>
  );
}
