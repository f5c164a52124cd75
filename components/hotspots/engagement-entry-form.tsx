"use client";

import { DateInput } from "@/components/forms/date-input";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RadiosField, SelectField, SubmitButton, TextareaField } from "@/components/forms/fields";
import { Form } from "@/components/forms/form";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import { useFormAction } from "@/components/forms/use-form-action";
import { addEngagementEntryAction } from "@/app/hotspots/[id]/actions";
import { ENGAGEMENT_KINDS } from "@/lib/hotspots/engagement-fields";
import type { EngagementEntryFormValues } from "@/lib/hotspots/engagement-schemas";
import type { EngagementOwner } from "@/lib/hotspots/engagement-types";
import { ENGAGEMENT_KIND_LABELS } from "@/lib/labels/engagement";

const FIELDS = ["kind", "heldOn", "ownerId", "summary", "communityAsked", "nextUpdateDue"] as const;

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
  const { bind, bindDate, summary, onSubmit, focusKey, pending, saved, already } =
    useFormAction<EngagementEntryFormValues>({
      schema: () => import("@/lib/hotspots/engagement-schemas").then((m) => m.engagementEntryFormSchema),
      defaults: empty,
      fields: FIELDS,
      submit: (values) => addEngagementEntryAction({ ...values, planId }),
      onSaved: (_data, form) => form.reset(empty),
    });
  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <Form onSubmit={onSubmit} data-testid="engagement-entry-form">
        <RadiosField
          {...bind("kind")}
          small
          legend="What took place"
          options={ENGAGEMENT_KINDS.map((k) => ({ value: k, label: ENGAGEMENT_KIND_LABELS[k] }))}
        />
        <DateInput {...bindDate("heldOn")} legend="Date it took place" hint="Today or earlier." />
        <SelectField
          {...bind("ownerId")}
          label="Owner"
          placeholder="Select an officer"
          options={owners.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <TextareaField {...bind("summary")} label="Summary" rows={3} />
        <TextareaField
          {...bind("communityAsked")}
          label="What the community asked for"
          hint="Needed for a consultation: what they would like the police to do, how they want to hear, how to scrutinise."
          rows={3}
        />
        <DateInput
          {...bindDate("nextUpdateDue")}
          legend="Next update due (optional)"
          hint="Moves the plan's next update date. Leave empty to keep it."
        />
        <SubmitButton pending={pending}>Add entry</SubmitButton>
      </Form>
      <FormOutcomeBanners saved={saved} savedMessage="Entry added" already={already} />
    </>
  );
}
