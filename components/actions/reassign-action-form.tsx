"use client";

import { SelectField } from "@/components/forms/fields";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { reassignActionAction } from "@/app/actions/actions";
import { reassignFormSchema, type ReassignActionFormValues } from "@/lib/action-items/schemas";
import { Form } from "@/components/forms/form";

const FIELDS = ["ownerId"] as const;

/** The chair or an analyst gives the action to someone else (active, within their remit). */
export function ReassignActionForm({
  id,
  version,
  options,
}: {
  id: number;
  version: number;
  options: { value: string; label: string }[];
}) {
  const router = useRouter();
  const form = useForm<ReassignActionFormValues, unknown, unknown>({
    resolver: zodResolver(reassignFormSchema),
    shouldFocusError: false,
    defaultValues: { ownerId: "" },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await server.send(() => reassignActionAction({ ...form.getValues(), id, version }));
    if (!result.ok) return server.apply(result.error);
    form.reset({ ownerId: "" });
    router.refresh();
  });

  return (
    <Form onSubmit={onSubmit} data-testid="reassign-action-form">
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <SelectField
        id="ownerId"
        label="New owner"
        field={form.register("ownerId")}
        error={errors.ownerId?.message}
        options={options}
        placeholder="Select the new owner"
      />
      <button
        type="submit"
        className="govuk-button govuk-button--secondary"
        data-module="govuk-button"
        disabled={isSubmitting}
      >
        Reassign
      </button>
    </Form>
  );
}
