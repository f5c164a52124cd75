"use client";

import { CheckboxField, SubmitButton, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Form } from "@/components/forms/form";
import { useFormAction } from "@/components/forms/use-form-action";
import { updateViewAction } from "@/app/views/actions";
import { NAME_MAX } from "@/lib/saved-views/kinds";
import type { EditViewValues } from "@/lib/saved-views/schemas";

/** Rename a view; the chair may also share it with the forum's analysts (read-only for them). */
export function EditViewForm({
  id,
  version,
  name,
  shared,
  canShare,
}: {
  id: number;
  version: number;
  name: string;
  shared: boolean;
  canShare: boolean;
}) {
  const { bind, summary, onSubmit, focusKey, pending } = useFormAction<EditViewValues>({
    schema: () => import("@/lib/saved-views/schemas").then((m) => m.editViewFormSchema),
    defaults: { name, shared },
    fields: ["name", "shared"],
    title: "Change a saved view",
    submit: (values) => updateViewAction({ ...values, id, version }),
    done: "/views?saved=1",
  });

  return (
    <Form onSubmit={onSubmit} data-testid="edit-view-form">
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <TextField {...bind("name")} label="Name" maxLength={NAME_MAX} widthClass="govuk-!-width-two-thirds" />
      {canShare ? (
        <CheckboxField {...bind("shared")} label="Share with the forum's analysts (they cannot change it)" />
      ) : null}
      <SubmitButton pending={pending} testId="save-view-changes">
        Save changes
      </SubmitButton>
    </Form>
  );
}
