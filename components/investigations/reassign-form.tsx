"use client";

import { SelectField } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { reassignInvestigationAction } from "@/app/offences/[id]/(record)/investigation/actions";
import type { ReassignFormValues } from "@/lib/investigations/schemas";
import { idNameOptions } from "@/components/forms/options";

type Props = {
  investigationId: number;
  version: number;
  oicId: number | null;
  options: { id: number; name: string }[];
};

/** An analyst or the chair chooses another active investigator as officer in charge. */
export function ReassignForm({ investigationId, version, oicId, options }: Props) {
  const form = useFormAction<ReassignFormValues>({
    schema: () => import("@/lib/investigations/schemas").then((m) => m.reassignFormSchema),
    defaults: { oicId: oicId === null ? "" : String(oicId) },
    fields: ["oicId"],
    formAnchor: "reassign-form",
    submit: (values) => reassignInvestigationAction({ ...values, id: investigationId, version }),
  });

  return (
    <FormFrame form={form} id="reassign-form" testId="reassign-form" contained submit="Reassign" secondary>
      <SelectField
        {...form.bind("oicId")}
        label="Officer in charge"
        options={[{ value: "", label: "Select an investigator" }, ...idNameOptions(options)]}
      />
    </FormFrame>
  );
}
