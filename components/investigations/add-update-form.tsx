"use client";

import { SubmitButton, TextareaField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import { useFormAction } from "@/components/forms/use-form-action";
import { addInvestigationUpdateAction } from "@/app/offences/[id]/(record)/investigation/actions";
import type { InvestigationUpdateFormValues } from "@/lib/investigations/schemas";
import { Form } from "@/components/forms/form";

/** "Add an update" to the lines-of-enquiry log. The log is append-only, so no version is sent. */
export function AddUpdateForm({ investigationId }: { investigationId: number }) {
  const { bind, summary, onSubmit, focusKey, pending, already } =
    useFormAction<InvestigationUpdateFormValues>({
      schema: () => import("@/lib/investigations/schemas").then((m) => m.investigationUpdateFormSchema),
      defaults: { body: "" },
      fields: ["body"],
      formAnchor: "add-update-form",
      submit: (values) => addInvestigationUpdateAction({ ...values, id: investigationId }),
      onSaved: (_data, f) => f.reset({ body: "" }),
    });

  return (
    <Form id="add-update-form" tabIndex={-1} onSubmit={onSubmit} data-testid="add-update-form">
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <TextareaField
        {...bind("body")}
        label="Add an update"
        hint="What was done or found, and what happens next."
        rows={4}
      />
      <SubmitButton pending={pending} secondary>
        Add update
      </SubmitButton>
      <FormOutcomeBanners already={already} />
    </Form>
  );
}
