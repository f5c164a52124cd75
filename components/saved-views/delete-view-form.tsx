"use client";

import { SubmitButton } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Form } from "@/components/forms/form";
import { useFormAction } from "@/components/forms/use-form-action";
import { deleteViewAction } from "@/app/views/actions";

/** The confirmation page's one button: deletes the view, then back to the saved views. */
export function DeleteViewForm({ id, version }: { id: number; version: number }) {
  const { summary, onSubmit, focusKey, pending } = useFormAction<Record<string, never>>({
    schema: () => import("zod").then(({ z }) => z.object({})),
    defaults: {},
    fields: [],
    submit: () => deleteViewAction({ id, version }),
    done: "/views?deleted=1",
  });

  return (
    <Form onSubmit={onSubmit} data-testid="delete-view-form">
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <div className="govuk-button-group">
        <SubmitButton pending={pending} testId="confirm-delete-view">
          Yes, delete this view
        </SubmitButton>
      </div>
    </Form>
  );
}
