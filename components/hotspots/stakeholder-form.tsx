"use client";

import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, SubmitButton, TextField } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import { useFormAction } from "@/components/forms/use-form-action";
import { addEngagementStakeholderAction } from "@/app/hotspots/[id]/actions";
import { STAKEHOLDER_KINDS } from "@/lib/hotspots/engagement-fields";
import type { StakeholderFormValues } from "@/lib/hotspots/engagement-schemas";
import { STAKEHOLDER_KIND_LABELS } from "@/lib/labels/engagement";

const FIELDS = ["kind", "name", "contactRole"] as const;
const EMPTY = { kind: "", name: "", contactRole: "" } as unknown as StakeholderFormValues;

/** Add a stakeholder around the hotspot (seed paragraph 30). The form empties for the next one. */
export function StakeholderForm({ planId }: { planId: number }) {
  const { bind, summary, onSubmit, focusKey, pending, saved, already } = useFormAction<StakeholderFormValues>(
    {
      schema: () => import("@/lib/hotspots/engagement-schemas").then((m) => m.stakeholderFormSchema),
      defaults: EMPTY,
      fields: FIELDS,
      submit: (values) => addEngagementStakeholderAction({ ...values, planId }),
      onSaved: (_data, form) => form.reset(EMPTY),
    },
  );
  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <Form onSubmit={onSubmit} data-testid="stakeholder-form">
        <SelectField
          {...bind("kind")}
          label="Kind of stakeholder"
          placeholder="Select a kind"
          options={STAKEHOLDER_KINDS.map((k) => ({ value: k, label: STAKEHOLDER_KIND_LABELS[k] }))}
        />
        <TextField {...bind("name")} label="Name" hint="The organisation or group." maxLength={120} />
        <TextField
          {...bind("contactRole")}
          label="Contact's role"
          hint="For example, chair or headteacher. No personal details."
          maxLength={120}
        />
        <SubmitButton pending={pending}>Add stakeholder</SubmitButton>
      </Form>
      <FormOutcomeBanners saved={saved} savedMessage="Stakeholder added" already={already} />
    </>
  );
}
