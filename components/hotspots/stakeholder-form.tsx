"use client";

import { labelledOptions } from "@/components/forms/options";
import { FieldList, fieldNames, type PlainFieldSpec } from "@/components/forms/field-list";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { addEngagementStakeholderAction } from "@/app/hotspots/[id]/actions";
import { STAKEHOLDER_KINDS } from "@/lib/hotspots/engagement-fields";
import type { StakeholderFormValues } from "@/lib/hotspots/engagement-schemas";
import { STAKEHOLDER_KIND_LABELS } from "@/lib/labels/engagement";

const FIELDS: PlainFieldSpec<StakeholderFormValues>[] = [
  {
    kind: "select",
    name: "kind",
    label: "Kind of stakeholder",
    placeholder: "Select a kind",
    options: labelledOptions(STAKEHOLDER_KINDS, STAKEHOLDER_KIND_LABELS),
  },
  { kind: "text", name: "name", label: "Name", hint: "The organisation or group.", maxLength: 120 },
  {
    kind: "text",
    name: "contactRole",
    label: "Contact's role",
    hint: "For example, chair or headteacher. No personal details.",
    maxLength: 120,
  },
];
const EMPTY = { kind: "", name: "", contactRole: "" } as unknown as StakeholderFormValues;

/** Add a stakeholder around the hotspot (seed paragraph 30). The form empties for the next one. */
export function StakeholderForm({ planId }: { planId: number }) {
  const action = useFormAction<StakeholderFormValues>({
    schema: () => import("@/lib/hotspots/engagement-schemas").then((m) => m.stakeholderFormSchema),
    defaults: EMPTY,
    fields: fieldNames(FIELDS),
    submit: (values) => addEngagementStakeholderAction({ ...values, planId }),
    onSaved: (_data, form) => form.reset(EMPTY),
  });
  return (
    <FormFrame
      form={action}
      testId="stakeholder-form"
      submit="Add stakeholder"
      savedMessage="Stakeholder added"
    >
      <FieldList fields={FIELDS} form={action} />
    </FormFrame>
  );
}
