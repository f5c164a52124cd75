"use client";

import { SelectField, SubmitButton } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { reassignInvestigationAction } from "@/app/offences/[id]/(record)/investigation/actions";
import type { ReassignFormValues } from "@/lib/investigations/schemas";
import { Form } from "@/components/forms/form";
import { idNameOptions } from "@/components/forms/options";

type Props = {
  investigationId: number;
  version: number;
  oicId: number | null;
  options: { id: number; name: string }[];
};

/** An analyst or the chair chooses another active investigator as officer in charge. */
export function ReassignForm({ investigationId, version, oicId, options }: Props) {
  const { bind, summary, onSubmit, focusKey, pending } = useFormAction<ReassignFormValues>({
    schema: () => import("@/lib/investigations/schemas").then((m) => m.reassignFormSchema),
    defaults: { oicId: oicId === null ? "" : String(oicId) },
    fields: ["oicId"],
    formAnchor: "reassign-form",
    submit: (values) => reassignInvestigationAction({ ...values, id: investigationId, version }),
  });

  return (
    <Form id="reassign-form" tabIndex={-1} onSubmit={onSubmit} data-testid="reassign-form">
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <SelectField
        {...bind("oicId")}
        label="Officer in charge"
        options={[{ value: "", label: "Select an investigator" }, ...idNameOptions(options)]}
      />
      <SubmitButton pending={pending} secondary>
        Reassign
      </SubmitButton>
    </Form>
  );
}
