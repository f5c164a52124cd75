"use client";

import { FieldList, fieldNames, type PlainFieldSpec } from "@/components/forms/field-list";
import { useFormAction } from "@/components/forms/use-form-action";
import { createProviderAction, updateProviderAction } from "@/app/admin/providers/actions";
import type { ProviderFormValues } from "@/lib/providers/schemas";
import type { ProviderDetail } from "@/lib/providers/types";
import { FormFrame } from "@/components/forms/form-frame";

const FIELDS: PlainFieldSpec<ProviderFormValues>[] = [
  { kind: "text", name: "name", label: "Name", maxLength: 120 },
  {
    kind: "text",
    name: "type",
    label: "Type of provider",
    hint: "For example, youth work in hospital emergency departments.",
    maxLength: 200,
  },
  {
    kind: "textarea",
    name: "pathways",
    label: "Pathways",
    hint: "One a line. Referrals are made to a pathway.",
    rows: 4,
  },
  { kind: "text", name: "areaCovered", label: "Area covered", maxLength: 300 },
  {
    kind: "text",
    name: "contactRoute",
    label: "Contact route",
    hint: "How referrals reach the provider, for example a secure email address.",
    maxLength: 300,
  },
  {
    kind: "radios",
    name: "active",
    small: true,
    legend: "Takes referrals",
    hint: "A provider that does not take referrals stays on its past referrals but cannot be chosen for new ones.",
    options: [
      { value: "yes", label: "Yes" },
      { value: "no", label: "No – deactivated" },
    ],
    inline: true,
  },
];

export type ProviderFormProvider = ProviderDetail;

/** Add or edit a provider in the directory. Deactivating is "No" to "Takes referrals". */
export function ProviderForm({ provider, title }: { provider: ProviderFormProvider | null; title: string }) {
  const action = useFormAction<ProviderFormValues, { id: number }>({
    schema: () => import("@/lib/providers/schemas").then((m) => m.providerFormSchema),
    defaults: provider
      ? { ...provider, pathways: provider.pathways.join("\n"), active: provider.active ? "yes" : "no" }
      : { name: "", type: "", pathways: "", areaCovered: "", contactRoute: "", active: "yes" },
    fields: fieldNames(FIELDS),
    title,
    // An edit sends the page's version: after a conflict the refresh brings the saved one.
    submit: (values) =>
      provider
        ? updateProviderAction({ ...values, id: provider.id, version: provider.version })
        : createProviderAction(values),
    done: (data) => `/admin/providers?saved=${data.id}`,
  });

  return (
    <FormFrame
      form={action}
      testId="provider-form"
      title={title}
      submit={provider ? "Save provider" : "Add provider"}
    >
      <FieldList fields={FIELDS} form={action} />
    </FormFrame>
  );
}
