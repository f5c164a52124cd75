"use client";

import { TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { linkGroupOffenceAction } from "@/app/groups/[id]/actions";
import type { LinkOffenceFormValues } from "@/lib/groups/schemas";
import { FormPage } from "@/components/forms/form-page";

export function LinkOffenceForm({ groupId, groupName }: { groupId: number; groupName: string }) {
  const title = "Link an offence";
  const form = useFormAction<LinkOffenceFormValues>({
    schema: () => import("@/lib/groups/schemas").then((m) => m.linkOffenceFormSchema),
    defaults: { crimeReference: "" },
    fields: ["crimeReference"],
    title,
    submit: (values) => linkGroupOffenceAction({ ...values, groupId }),
    done: `/groups/${groupId}?saved=offence#offences`,
  });
  const { bind } = form;
  return (
    <FormPage title={title} caption={groupName} testId="link-offence-form" form={form} submit="Link offence">
      <TextField {...bind("crimeReference")} label="Crime reference" widthClass="govuk-input--width-20" />
    </FormPage>
  );
}
