"use client";

import { SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { DateInput } from "@/components/forms/date-input";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { raiseActionAction } from "@/app/meetings/[id]/run/actions";
import type { RaiseActionFormValues } from "@/lib/action-items/schemas";

const EMPTY: RaiseActionFormValues = { title: "", description: "", ownerId: "", dueOn: "", decisionId: "" };

type Props = {
  agendaItemId: number;
  owners: { value: string; label: string }[];
  decisions: { value: string; label: string }[];
  /** What the action will be linked to (from the item), said before it is saved. */
  linkedTo: string | null;
};

/** Raises an action on the spot from the item in discussion; the case and person come with it. */
export function RaiseActionForm({ agendaItemId, owners, decisions, linkedTo }: Props) {
  const form = useFormAction<RaiseActionFormValues>({
    schema: () => import("@/lib/action-items/schemas").then((m) => m.raiseActionFormSchema),
    defaults: EMPTY,
    fields: ["title", "description", "ownerId", "dueOn", "decisionId"],
    formAnchor: "action-title",
    submit: (values) => raiseActionAction({ ...values, agendaItemId }),
    onSaved: (_data, f) => f.reset(EMPTY),
  });
  const { bind, bindDate } = form;
  // The page has a decision form too: this form's title box is "action-title".
  const summary = form.summary.map((s) => (s.fieldId === "title" ? { ...s, fieldId: "action-title" } : s));

  return (
    <FormFrame
      form={{ ...form, summary }}
      testId="raise-action-form"
      contained
      bannersFirst
      heading={linkedTo ? <p className="govuk-body">The action will be linked to {linkedTo}.</p> : null}
      submit="Raise action"
      secondary
    >
      <TextField {...bind("title")} id="action-title" label="Action" />
      <TextareaField {...bind("description")} label="Detail (optional)" rows={2} />
      <SelectField {...bind("ownerId")} label="Owner" options={owners} placeholder="Select the owner" />
      <DateInput {...bindDate("dueOn")} legend="Due date" hint="Today or later, for example 27 3 2027." />
      {decisions.length > 0 ? (
        <SelectField
          {...bind("decisionId")}
          label="From decision (optional)"
          options={decisions}
          placeholder="Not from a decision"
        />
      ) : null}
    </FormFrame>
  );
}
