"use client";

import { TextField } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveViewAction } from "@/app/views/actions";
import { NAME_MAX } from "@/lib/saved-views/kinds";
import type { SaveViewValues } from "@/lib/saved-views/schemas";
import type { SavedViewKind } from "@/lib/enums";

// "Save these filters as a view", under the list's saved views. The query is the list's own state
// as the page read it; the server reads it again with the list's parser before storing it.

export function SaveViewForm({ kind, query }: { kind: SavedViewKind; query: string }) {
  const action = useFormAction<SaveViewValues>({
    schema: () => import("@/lib/saved-views/schemas").then((m) => m.saveViewSchema),
    defaults: { kind, query, name: "" },
    fields: ["name"],
    submit: (values) => saveViewAction({ ...values, kind, query }),
    onSaved: (_data, f) => f.reset({ kind, query, name: "" }),
  });

  const { bind } = action;

  return (
    <FormFrame
      form={action}
      testId="save-view-form"
      contained
      submit="Save view"
      secondary
      submitTestId="save-view"
      savedMessage="The view was saved."
      savedTestId="view-saved"
    >
      <TextField
        {...bind("name")}
        label="Name this view"
        hint="For example, Knife robberies in Coventry. Only the filters and sort are saved, not the page."
        maxLength={NAME_MAX}
        widthClass="govuk-!-width-two-thirds"
      />
    </FormFrame>
  );
}
