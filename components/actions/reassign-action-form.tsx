"use client";

import { SelectField, SubmitButton } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { reassignActionAction } from "@/app/actions/actions";
import type { ReassignActionFormValues } from "@/lib/action-items/schemas";
import { Form } from "@/components/forms/form";

/** The chair or an analyst gives the action to someone else (active, within their remit). */
export function ReassignActionForm({
  id,
  version,
  options,
}: {
  id: number;
  version: number;
  options: { value: string; label: string }[];
}) {
  const { bind, summary, onSubmit, focusKey, pending } = useFormAction<ReassignActionFormValues>({
    schema: () => import("@/lib/action-items/schemas").then((m) => m.reassignFormSchema),
    defaults: { ownerId: "" },
    fields: ["ownerId"],
    submit: (values) => reassignActionAction({ ...values, id, version }),
    onSaved: (_data, f) => f.reset({ ownerId: "" }),
  });

  return (
    <Form onSubmit={onSubmit} data-testid="reassign-action-form">
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <SelectField
        {...bind("ownerId")}
        label="New owner"
        options={options}
        placeholder="Select the new owner"
      />
      <SubmitButton pending={pending} secondary>
        Reassign
      </SubmitButton>
    </Form>
  );
}
