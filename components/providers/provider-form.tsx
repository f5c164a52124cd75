"use client";

import { RadiosField, SubmitButton, TextareaField, TextField } from "@/components/forms/fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import { useFormAction } from "@/components/forms/use-form-action";
import { createProviderAction, updateProviderAction } from "@/app/admin/providers/actions";
import type { ProviderFormValues } from "@/lib/providers/schemas";
import { Form } from "@/components/forms/form";

const FIELDS = ["name", "type", "pathways", "areaCovered", "contactRoute", "active"] as const;

export type ProviderFormProvider = {
  id: number;
  version: number;
  name: string;
  type: string;
  pathways: string[];
  areaCovered: string;
  contactRoute: string;
  active: boolean;
};

/** Add or edit a provider in the directory. Deactivating is "No" to "Takes referrals". */
export function ProviderForm({ provider, title }: { provider: ProviderFormProvider | null; title: string }) {
  const { bind, summary, onSubmit, focusKey, pending, already } = useFormAction<
    ProviderFormValues,
    { id: number }
  >({
    schema: () => import("@/lib/providers/schemas").then((m) => m.providerFormSchema),
    defaults: provider
      ? { ...provider, pathways: provider.pathways.join("\n"), active: provider.active ? "yes" : "no" }
      : { name: "", type: "", pathways: "", areaCovered: "", contactRoute: "", active: "yes" },
    fields: FIELDS,
    title,
    // An edit sends the page's version: after a conflict the refresh brings the saved one.
    submit: (values) =>
      provider
        ? updateProviderAction({ ...values, id: provider.id, version: provider.version })
        : createProviderAction(values),
    done: (data) => `/admin/providers?saved=${data.id}`,
  });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1 className="govuk-heading-l">{title}</h1>
      <Form onSubmit={onSubmit} data-testid="provider-form">
        <TextField {...bind("name")} label="Name" maxLength={120} />
        <TextField
          {...bind("type")}
          label="Type of provider"
          hint="For example, youth work in hospital emergency departments."
          maxLength={200}
        />
        <TextareaField
          {...bind("pathways")}
          label="Pathways"
          hint="One a line. Referrals are made to a pathway."
          rows={4}
        />
        <TextField {...bind("areaCovered")} label="Area covered" maxLength={300} />
        <TextField
          {...bind("contactRoute")}
          label="Contact route"
          hint="How referrals reach the provider, for example a secure email address."
          maxLength={300}
        />
        <RadiosField
          {...bind("active")}
          small
          legend="Takes referrals"
          hint="A provider that does not take referrals stays on its past referrals but cannot be chosen for new ones."
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No – deactivated" },
          ]}
          inline
        />
        <SubmitButton pending={pending}>{provider ? "Save provider" : "Add provider"}</SubmitButton>
      </Form>
      <FormOutcomeBanners already={already} />
    </>
  );
}
