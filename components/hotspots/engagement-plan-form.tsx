"use client";

import { fieldNames, type FieldSpec } from "@/components/forms/field-list";
import { DatedFieldList } from "@/components/forms/dated-field-list";
import { FormFrame } from "@/components/forms/form-frame";
import { idNameOptions } from "@/components/forms/options";
import { useFormAction } from "@/components/forms/use-form-action";
import { createEngagementPlanAction, updateEngagementPlanAction } from "@/app/hotspots/[id]/actions";
import type { EngagementPlanFormValues } from "@/lib/hotspots/engagement-schemas";
import type { EngagementOwner, EngagementPlanDto } from "@/lib/hotspots/engagement-types";

/** Start a hotspot's engagement plan, or change its owner, aims and next update due. */
export function EngagementPlanForm({
  hotspotId,
  plan,
  owners,
}: {
  hotspotId: number;
  plan: EngagementPlanDto | null;
  owners: EngagementOwner[];
}) {
  const fields: FieldSpec<EngagementPlanFormValues>[] = [
    {
      kind: "select",
      name: "ownerId",
      label: "Owner",
      hint: "The officer who keeps the plan.",
      placeholder: "Select an officer",
      options: idNameOptions(owners),
    },
    {
      kind: "textarea",
      name: "aims",
      label: "Aims",
      hint: "What the plan aims to achieve with the community, for example support for stop and search in the hotspot.",
      rows: 3,
    },
    {
      kind: "date",
      name: "nextUpdateDue",
      legend: "Next update to the community due",
      hint: "For example, 27 3 2027.",
    },
  ];
  const action = useFormAction<EngagementPlanFormValues, { hotspotId: number }>({
    schema: () => import("@/lib/hotspots/engagement-schemas").then((m) => m.engagementPlanFormSchema),
    defaults: plan
      ? { ownerId: String(plan.ownerId), aims: plan.aims, nextUpdateDue: plan.nextUpdateDue }
      : { ownerId: "", aims: "", nextUpdateDue: "" },
    fields: fieldNames(fields),
    formAnchor: "ownerId",
    // An edit sends the page's version: after a conflict the refresh brings the saved one.
    submit: (values) =>
      plan
        ? updateEngagementPlanAction({ ...values, id: plan.id, version: plan.version })
        : createEngagementPlanAction({ ...values, hotspotId }),
  });
  return (
    <FormFrame
      form={action}
      testId="engagement-plan-form"
      submit={plan ? "Save plan" : "Start engagement plan"}
      savedMessage="Plan saved"
    >
      <DatedFieldList fields={fields} form={action} />
    </FormFrame>
  );
}
