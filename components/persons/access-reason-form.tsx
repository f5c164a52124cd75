"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { RadiosField, SubmitButton, TextareaField } from "@/components/forms/fields";
import { useWatch } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { savePersonAccessReasonAction } from "@/app/persons/actions";
import { ACCESS_REASONS } from "@/lib/auth/access-reasons";
import type { AccessContext, AccessReasonInput } from "@/lib/auth/schemas";
import { Form } from "@/components/forms/form";

const FIELDS = ["reason", "details"] as const;
const TITLE = "Why are you opening this record?";
const OPTIONS = ACCESS_REASONS.map((r) => ({ value: r, label: r }));

/**
 * s.62: before a person record is shown, the user says why. The reason is remembered for this
 * sign-in and the person (or the case they came from) and copied onto every consultation row.
 */
export function AccessReasonForm({
  context,
  caption,
  intro,
}: {
  context: AccessContext;
  /** Another screen that opens people (the case summary) names itself instead of "a person". */
  caption?: string;
  intro?: string;
}) {
  const { form, bind, summary, onSubmit, focusKey, pending } = useFormAction<AccessReasonInput>({
    schema: () => import("@/lib/auth/schemas").then((m) => m.accessReasonSchema),
    defaults: { contextType: context.type, contextId: context.id, reason: "" as never, details: "" },
    fields: FIELDS,
    title: TITLE,
    submit: (values) => savePersonAccessReasonAction(values),
  });
  const reason = useWatch({ control: form.control, name: "reason" });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} focusKey={focusKey} />
        {/* No name here: the record is named only once the reason is given (issue 13.9). */}
        <span className="govuk-caption-l">
          {caption ?? (context.type === "offence" ? "A person linked to this case" : "A person record")}
        </span>
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          {intro ?? "Opening a person's record is logged with your reason"} (Data Protection Act 2018, section
          62).
          {context.type === "offence"
            ? " Your reason will be remembered for this case until you sign out."
            : " Your reason will be remembered for this person until you sign out."}
        </p>
        <Form onSubmit={onSubmit} data-testid="access-reason-form">
          <RadiosField {...bind("reason")} legend="Reason" options={OPTIONS} />
          <TextareaField
            {...bind("details")}
            label={reason === "Other" ? "Give your reason" : "More detail (optional)"}
            rows={3}
          />
          <SubmitButton pending={pending}>Continue to the record</SubmitButton>
        </Form>
      </div>
    </div>
  );
}
