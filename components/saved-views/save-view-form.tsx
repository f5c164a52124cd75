"use client";

import { SubmitButton, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import { Form } from "@/components/forms/form";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveViewAction } from "@/app/views/actions";
import { NAME_MAX } from "@/lib/saved-views/kinds";
import type { SaveViewValues } from "@/lib/saved-views/schemas";
import type { SavedViewKind } from "@/lib/enums";

// "Save these filters as a view", under the list's saved views. The query is the list's own state
// as the page read it; the server reads it again with the list's parser before storing it.

export function SaveViewForm({ kind, query }: { kind: SavedViewKind; query: string }) {
  const { bind, summary, onSubmit, focusKey, pending, saved, already } = useFormAction<SaveViewValues>({
    schema: () => import("@/lib/saved-views/schemas").then((m) => m.saveViewSchema),
    defaults: { kind, query, name: "" },
    fields: ["name"],
    submit: (values) => saveViewAction({ ...values, kind, query }),
    onSaved: (_data, f) => f.reset({ kind, query, name: "" }),
  });

  return (
    <Form onSubmit={onSubmit} data-testid="save-view-form">
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <TextField
        {...bind("name")}
        label="Name this view"
        hint="For example, Knife robberies in Coventry. Only the filters and sort are saved, not the page."
        maxLength={NAME_MAX}
        widthClass="govuk-!-width-two-thirds"
      />
      <SubmitButton pending={pending} secondary testId="save-view">
        Save view
      </SubmitButton>
      <FormOutcomeBanners
        saved={saved}
        savedMessage="The view was saved."
        savedTestId="view-saved"
        already={already}
      />
    </Form>
  );
}
