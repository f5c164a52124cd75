"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { RadiosField, TextareaField } from "@/components/forms/fields";
import { FormPage } from "@/components/forms/form-page";
import { useWatch } from "react-hook-form";
import { savePersonAccessReasonAction } from "@/app/persons/actions";
import { ACCESS_REASONS } from "@/lib/auth/access-reasons";
import type { AccessContext, AccessReasonInput } from "@/lib/auth/schemas";

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
  const action = useFormAction<AccessReasonInput>({
    schema: () => import("@/lib/auth/schemas").then((m) => m.accessReasonSchema),
    defaults: { contextType: context.type, contextId: context.id, reason: "" as never, details: "" },
    fields: FIELDS,
    title: TITLE,
    submit: (values) => savePersonAccessReasonAction(values),
  });
  const { bind } = action;
  const reason = useWatch({ control: action.form.control, name: "reason" });

  return (
    <FormPage
      // No name here: the record is named only once the reason is given (issue 13.9).
      caption={caption ?? (context.type === "offence" ? "A person linked to this case" : "A person record")}
      title={TITLE}
      intro={
        <p className="govuk-body">
          {intro ?? "Opening a person's record is logged with your reason"} (Data Protection Act 2018, section
          62).
          {context.type === "offence"
            ? " Your reason will be remembered for this case until you sign out."
            : " Your reason will be remembered for this person until you sign out."}
        </p>
      }
      testId="access-reason-form"
      form={action}
      submit="Continue to the record"
    >
      <RadiosField {...bind("reason")} legend="Reason" options={OPTIONS} />
      <TextareaField
        {...bind("details")}
        label={reason === "Other" ? "Give your reason" : "More detail (optional)"}
        rows={3}
      />
    </FormPage>
  );
}
