"use client";

import { TextareaField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { addInvestigationUpdateAction } from "@/app/offences/[id]/(record)/investigation/actions";
import type { InvestigationUpdateFormValues } from "@/lib/investigations/schemas";
import { FormFrame } from "@/components/forms/form-frame";

/** "Add an update" to the lines-of-enquiry log. The log is append-only, so no version is sent. */
export function AddUpdateForm({ investigationId }: { investigationId: number }) {
  const action = useFormAction<InvestigationUpdateFormValues>({
    schema: () => import("@/lib/investigations/schemas").then((m) => m.investigationUpdateFormSchema),
    defaults: { body: "" },
    fields: ["body"],
    formAnchor: "add-update-form",
    submit: (values) => addInvestigationUpdateAction({ ...values, id: investigationId }),
    onSaved: (_data, f) => f.reset({ body: "" }),
  });

  const { bind } = action;

  return (
    <FormFrame
      form={action}
      id="add-update-form"
      testId="add-update-form"
      contained
      submit="Add update"
      secondary
    >
      <TextareaField
        {...bind("body")}
        label="Add an update"
        hint="What was done or found, and what happens next."
        rows={4}
      />
    </FormFrame>
  );
}
