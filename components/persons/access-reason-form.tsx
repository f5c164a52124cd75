"use client";

import { RadiosField, TextareaField } from "@/components/forms/fields";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { savePersonAccessReasonAction } from "@/app/persons/actions";
import {
  ACCESS_REASONS,
  accessReasonSchema,
  type AccessContext,
  type AccessReasonInput,
} from "@/lib/auth/schemas";
import { Form } from "@/components/forms/form";

const FIELDS = ["reason", "details"] as const;
const TITLE = "Why are you opening this record?";
const OPTIONS = ACCESS_REASONS.map((r) => ({ value: r, label: r }));

/**
 * s.62: before a person record is shown, the user says why. The reason is remembered for this
 * sign-in and the person (or the case they came from) and copied onto every consultation row.
 */
export function AccessReasonForm({ context }: { context: AccessContext }) {
  const router = useRouter();
  const form = useForm<AccessReasonInput, unknown, z.output<typeof accessReasonSchema>>({
    resolver: zodResolver(accessReasonSchema),
    shouldFocusError: false,
    defaultValues: { contextType: context.type, contextId: context.id, reason: "" as never, details: "" },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const reason = useWatch({ control: form.control, name: "reason" });
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${TITLE} – Captiva Guardian`, summary.length > 0);
  }, [summary.length]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await server.send(() => savePersonAccessReasonAction(form.getValues()));
    if (result.ok) router.refresh();
    else server.apply(result.error);
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
        {/* No name here: the record is named only once the reason is given (issue 13.9). */}
        <span className="govuk-caption-l">
          {context.type === "offence" ? "A person linked to this case" : "A person record"}
        </span>
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          Opening a person&apos;s record is logged with your reason (Data Protection Act 2018, section 62).
          {context.type === "offence"
            ? " Your reason will be remembered for this case until you sign out."
            : " Your reason will be remembered for this person until you sign out."}
        </p>
        <Form onSubmit={onSubmit} data-testid="access-reason-form">
          <RadiosField
            id="reason"
            legend="Reason"
            error={errors.reason?.message}
            field={form.register("reason")}
            options={OPTIONS}
          />
          <TextareaField
            id="details"
            label={reason === "Other" ? "Give your reason" : "More detail (optional)"}
            error={errors.details?.message}
            field={form.register("details")}
            rows={3}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
            Continue to the record
          </button>
        </Form>
      </div>
    </div>
  );
}
