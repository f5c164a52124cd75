"use client";

import { SelectField } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { reassignActionAction } from "@/app/actions/actions";
import type { ReassignActionFormValues } from "@/lib/action-items/schemas";

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
  const form = useFormAction<ReassignActionFormValues>({
    schema: () => import("@/lib/action-items/schemas").then((m) => m.reassignFormSchema),
    defaults: { ownerId: "" },
    fields: ["ownerId"],
    submit: (values) => reassignActionAction({ ...values, id, version }),
    onSaved: (_data, f) => f.reset({ ownerId: "" }),
  });

  return (
    <FormFrame form={form} testId="reassign-action-form" contained submit="Reassign" secondary>
      <SelectField
        {...form.bind("ownerId")}
        label="New owner"
        options={options}
        placeholder="Select the new owner"
      />
    </FormFrame>
  );
}
