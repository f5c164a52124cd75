"use client";

import { fieldNames, type FieldSpec } from "@/components/forms/field-list";
import { DatedFieldList } from "@/components/forms/dated-field-list";
import { FormFrame } from "@/components/forms/form-frame";
import { idNameOptions, labelledOptions } from "@/components/forms/options";
import { useFormAction } from "@/components/forms/use-form-action";
import { addEngagementEntryAction } from "@/app/hotspots/[id]/actions";
import { ENGAGEMENT_KINDS } from "@/lib/hotspots/engagement-fields";
import type { EngagementEntryFormValues } from "@/lib/hotspots/engagement-schemas";
import type { EngagementOwner } from "@/lib/hotspots/engagement-types";
import { ENGAGEMENT_KIND_LABELS } from "@/lib/labels/engagement";

/** Record a consultation, an update given, a survey or a review: dated and owned. */
export function EngagementEntryForm({
  planId,
  owners,
  today,
}: {
  planId: number;
  owners: EngagementOwner[];
  today: string;
}) {
  const empty = {
    kind: "",
    heldOn: today,
    ownerId: "",
    summary: "",
    communityAsked: "",
    nextUpdateDue: "",
  } as unknown as EngagementEntryFormValues;
  const fields: FieldSpec<EngagementEntryFormValues>[] = [
    {
      kind: "radios",
      name: "kind",
      small: true,
      legend: "What took place",
      options: labelledOptions(ENGAGEMENT_KINDS, ENGAGEMENT_KIND_LABELS),
    },
    { kind: "date", name: "heldOn", legend: "Date it took place", hint: "Today or earlier." },
    {
      kind: "select",
      name: "ownerId",
      label: "Owner",
      placeholder: "Select an officer",
      options: idNameOptions(owners),
    },
    { kind: "textarea", name: "summary", label: "Summary", rows: 3 },
    {
      kind: "textarea",
      name: "communityAsked",
      label: "What the community asked for",
      hint: "Needed for a consultation: what they would like the police to do, how they want to hear, how to scrutinise.",
      rows: 3,
    },
    {
      kind: "date",
      name: "nextUpdateDue",
      legend: "Next update due (optional)",
      hint: "Moves the plan's next update date. Leave empty to keep it.",
    },
  ];
  const action = useFormAction<EngagementEntryFormValues>({
    schema: () => import("@/lib/hotspots/engagement-schemas").then((m) => m.engagementEntryFormSchema),
    defaults: empty,
    fields: fieldNames(fields),
    submit: (values) => addEngagementEntryAction({ ...values, planId }),
    onSaved: (_data, form) => form.reset(empty),
  });
  return (
    <FormFrame form={action} testId="engagement-entry-form" submit="Add entry" savedMessage="Entry added">
      <DatedFieldList fields={fields} form={action} />
    </FormFrame>
  );
}
