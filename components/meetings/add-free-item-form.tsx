"use client";

import { FieldList, fieldNames, type PlainFieldSpec } from "@/components/forms/field-list";
import { useFormAction } from "@/components/forms/use-form-action";
import { addFreeAgendaItemAction } from "@/app/meetings/[id]/actions";
import type { AddFreeItemInput } from "@/lib/meetings/schemas";
import { FormFrame } from "@/components/forms/form-frame";

// An item of the analyst's own ("Other business"), added at the end of the draft pack.

const FIELDS: PlainFieldSpec<AddFreeItemInput>[] = [
  { kind: "text", name: "title", label: "Title", maxLength: 200 },
  {
    kind: "textarea",
    name: "annotation",
    label: "Note",
    hint: "Optional. Shown under the item in the pack.",
    rows: 3,
  },
];

export function AddFreeItemForm({ meetingId }: { meetingId: number }) {
  const action = useFormAction<AddFreeItemInput>({
    schema: () => import("@/lib/meetings/schemas").then((m) => m.addFreeItemSchema),
    defaults: { meetingId, title: "", annotation: "" },
    fields: fieldNames(FIELDS),
    submit: (values) => addFreeAgendaItemAction(values),
    onSaved: (_data, f) => f.reset({ meetingId, title: "", annotation: "" }),
  });

  return (
    <FormFrame
      form={action}
      testId="add-free-item"
      contained
      heading={<h2 className="govuk-heading-m">Add an item</h2>}
      submit="Add item"
      secondary
    >
      <FieldList fields={FIELDS} form={action} />
    </FormFrame>
  );
}
