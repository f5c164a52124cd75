"use client";

import { CheckboxField, TextField } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
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
  const form = useFormAction<EditViewValues>({
    schema: () => import("@/lib/saved-views/schemas").then((m) => m.editViewFormSchema),
    defaults: { name, shared },
    fields: ["name", "shared"],
    title: "Change a saved view",
    submit: (values) => updateViewAction({ ...values, id, version }),
    done: "/views?saved=1",
  });

  return (
    <FormFrame
      form={form}
      testId="edit-view-form"
      contained
      submit="Save changes"
      submitTestId="save-view-changes"
    >
      <TextField
        {...form.bind("name")}
        label="Name"
        maxLength={NAME_MAX}
        widthClass="govuk-!-width-two-thirds"
      />
      {canShare ? (
        <CheckboxField
          {...form.bind("shared")}
          label="Share with the forum's analysts (they cannot change it)"
        />
      ) : null}
    </FormFrame>
  );
}
