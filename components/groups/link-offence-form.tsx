"use client";

import { SubmitButton, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { linkGroupOffenceAction } from "@/app/groups/[id]/actions";
import type { LinkOffenceFormValues } from "@/lib/groups/schemas";
import { Form } from "@/components/forms/form";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";

export function LinkOffenceForm({ groupId, groupName }: { groupId: number; groupName: string }) {
  const title = "Link an offence";
  const { bind, summary, onSubmit, focusKey, pending, already } = useFormAction<LinkOffenceFormValues>({
    schema: () => import("@/lib/groups/schemas").then((m) => m.linkOffenceFormSchema),
    defaults: { crimeReference: "" },
    fields: ["crimeReference"],
    title,
    submit: (values) => linkGroupOffenceAction({ ...values, groupId }),
    done: `/groups/${groupId}?saved=offence#offences`,
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} focusKey={focusKey} />
        <span className="govuk-caption-l">{groupName}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <Form onSubmit={onSubmit} data-testid="link-offence-form">
          <TextField {...bind("crimeReference")} label="Crime reference" widthClass="govuk-input--width-20" />
          <SubmitButton pending={pending}>Link offence</SubmitButton>
        </Form>
        <FormOutcomeBanners already={already} />
      </div>
    </div>
  );
}
