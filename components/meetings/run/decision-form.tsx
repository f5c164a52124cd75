"use client";

import { CheckboxField, TextareaField } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { recordDecisionAction } from "@/app/meetings/[id]/run/actions";
import type { DecisionFormValues } from "@/lib/decisions/schemas";

const EMPTY: DecisionFormValues = { text: "", rationale: "", returnToForum: false };

/** Records a decision with its rationale on the item in discussion. Saved on submit. */
export function DecisionForm({ agendaItemId, onCase = false }: { agendaItemId: number; onCase?: boolean }) {
  const form = useFormAction<DecisionFormValues>({
    schema: () => import("@/lib/decisions/schemas").then((m) => m.decisionFormSchema),
    defaults: EMPTY,
    fields: ["text", "rationale"],
    submit: (values) => recordDecisionAction({ ...values, agendaItemId }),
    // Empty for the next decision; the refresh lists this one above the form.
    onSaved: (_data, f) => f.reset(EMPTY),
  });
  const { bind } = form;

  return (
    <FormFrame form={form} testId="decision-form" contained bannersFirst submit="Record decision" secondary>
      <TextareaField {...bind("text")} label="Decision" rows={3} />
      <TextareaField {...bind("rationale")} label="Rationale" hint="Why the forum decided this." rows={3} />
      {onCase ? (
        <CheckboxField
          {...bind("returnToForum")}
          label="Bring this case back to the next meeting for scrutiny"
        />
      ) : null}
    </FormFrame>
  );
}
