"use client";

import { TextareaField } from "@/components/forms/fields";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { addInvestigationUpdateAction } from "@/app/offences/[id]/(record)/investigation/actions";
import {
  investigationUpdateFormSchema,
  type InvestigationUpdateFormValues,
} from "@/lib/investigations/schemas";
import { Form } from "@/components/forms/form";

const FIELDS = ["body"] as const;

/** "Add an update" to the lines-of-enquiry log. The log is append-only, so no version is sent. */
export function AddUpdateForm({ investigationId }: { investigationId: number }) {
  const router = useRouter();
  const form = useForm<InvestigationUpdateFormValues, unknown, unknown>({
    resolver: zodResolver(investigationUpdateFormSchema),
    shouldFocusError: false,
    defaultValues: { body: "" },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError, "add-update-form");

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await server.send(() =>
      addInvestigationUpdateAction({ ...form.getValues(), id: investigationId }),
    );
    if (!result.ok) return server.apply(result.error);
    form.reset({ body: "" });
    router.refresh();
  });

  return (
    <Form id="add-update-form" tabIndex={-1} onSubmit={onSubmit} data-testid="add-update-form">
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <TextareaField
        id="body"
        label="Add an update"
        hint="What was done or found, and what happens next."
        field={form.register("body")}
        error={errors.body?.message}
        rows={4}
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={isSubmitting}
      >
        Add update
      </button>
    </Form>
  );
}
