"use client";

import { SelectField } from "@/components/forms/fields";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { reassignInvestigationAction } from "@/app/offences/[id]/(record)/investigation/actions";
import { reassignFormSchema, type ReassignFormValues } from "@/lib/investigations/schemas";
import { Form } from "@/components/forms/form";

const FIELDS = ["oicId"] as const;

type Props = {
  investigationId: number;
  version: number;
  oicId: number | null;
  options: { id: number; name: string }[];
};

/** An analyst or the chair chooses another active investigator as officer in charge. */
export function ReassignForm({ investigationId, version, oicId, options }: Props) {
  const router = useRouter();
  const form = useForm<ReassignFormValues, unknown, unknown>({
    resolver: zodResolver(reassignFormSchema),
    shouldFocusError: false,
    defaultValues: { oicId: oicId === null ? "" : String(oicId) },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError, "reassign-form");

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await server.send(() =>
      reassignInvestigationAction({ ...form.getValues(), id: investigationId, version }),
    );
    if (!result.ok) server.apply(result.error);
    router.refresh();
  });

  return (
    <Form id="reassign-form" tabIndex={-1} onSubmit={onSubmit} data-testid="reassign-form">
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <SelectField
        id="oicId"
        label="Officer in charge"
        field={form.register("oicId")}
        error={errors.oicId?.message}
        options={[
          { value: "", label: "Select an investigator" },
          ...options.map((o) => ({ value: String(o.id), label: o.name })),
        ]}
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
