"use client";

import { DateInput } from "@/components/forms/date-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField, SubmitButton, TextareaField } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import { useFormAction } from "@/components/forms/use-form-action";
import { createEngagementPlanAction, updateEngagementPlanAction } from "@/app/hotspots/[id]/actions";
import type { EngagementPlanFormValues } from "@/lib/hotspots/engagement-schemas";
import type { EngagementOwner, EngagementPlanDto } from "@/lib/hotspots/engagement-types";

const FIELDS = ["ownerId", "aims", "nextUpdateDue"] as const;

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
  const { bind, bindDate, summary, onSubmit, focusKey, pending, saved, already } = useFormAction<
    EngagementPlanFormValues,
    { hotspotId: number }
  >({
    schema: () => import("@/lib/hotspots/engagement-schemas").then((m) => m.engagementPlanFormSchema),
    defaults: plan
      ? { ownerId: String(plan.ownerId), aims: plan.aims, nextUpdateDue: plan.nextUpdateDue }
      : { ownerId: "", aims: "", nextUpdateDue: "" },
    fields: FIELDS,
    formAnchor: "ownerId",
    // An edit sends the page's version: after a conflict the refresh brings the saved one.
    submit: (values) =>
      plan
        ? updateEngagementPlanAction({ ...values, id: plan.id, version: plan.version })
        : createEngagementPlanAction({ ...values, hotspotId }),
  });
  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <Form onSubmit={onSubmit} data-testid="engagement-plan-form">
        <SelectField
          {...bind("ownerId")}
          label="Owner"
          hint="The officer who keeps the plan."
          placeholder="Select an officer"
          options={owners.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <TextareaField
          {...bind("aims")}
          label="Aims"
          hint="What the plan aims to achieve with the community, for example support for stop and search in the hotspot."
          rows={3}
        />
        <DateInput
          {...bindDate("nextUpdateDue")}
          legend="Next update to the community due"
          hint="For example, 27 3 2027."
        />
        <SubmitButton pending={pending}>{plan ? "Save plan" : "Start engagement plan"}</SubmitButton>
      </Form>
      <FormOutcomeBanners saved={saved} savedMessage="Plan saved" already={already} />
    </>
  );
}
