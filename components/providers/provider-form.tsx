"use client";

import { RadiosField, TextField, TextareaField } from "@/components/forms/fields";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { createProviderAction, updateProviderAction } from "@/app/admin/providers/actions";
import { providerFormSchema, type ProviderFormValues } from "@/lib/providers/schemas";
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
  const router = useRouter();
  const form = useForm<ProviderFormValues, unknown, unknown>({
    resolver: zodResolver(providerFormSchema),
    shouldFocusError: false,
    defaultValues: provider
      ? { ...provider, pathways: provider.pathways.join("\n"), active: provider.active ? "yes" : "no" }
      : { name: "", type: "", pathways: "", areaCovered: "", contactRoute: "", active: "yes" },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = provider
      ? await server.send(() =>
          updateProviderAction({ ...form.getValues(), id: provider.id, version: provider.version }),
        )
      : await server.send(() => createProviderAction(form.getValues()));
    if (result.ok) router.push(`/admin/providers?saved=${result.data.id}`);
    else server.apply(result.error);
    // The saved values arrive beside each field; the refresh brings the new version, so saving
    // again after reading them works without a reload.
    if (!result.ok && result.error.code === "CONFLICT") router.refresh();
  });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <h1 className="govuk-heading-l">{title}</h1>
      <Form onSubmit={onSubmit} data-testid="provider-form">
        <TextField
          id="name"
          label="Name"
          error={errors.name?.message}
          field={form.register("name")}
          maxLength={120}
        />
        <TextField
          id="type"
          label="Type of provider"
          hint="For example, youth work in hospital emergency departments."
          error={errors.type?.message}
          field={form.register("type")}
          maxLength={200}
        />
        <TextareaField
          id="pathways"
          label="Pathways"
          hint="One a line. Referrals are made to a pathway."
          field={form.register("pathways")}
          error={errors.pathways?.message}
          rows={4}
        />
        <TextField
          id="areaCovered"
          label="Area covered"
          error={errors.areaCovered?.message}
          field={form.register("areaCovered")}
          maxLength={300}
        />
        <TextField
          id="contactRoute"
          label="Contact route"
          hint="How referrals reach the provider, for example a secure email address."
          error={errors.contactRoute?.message}
          field={form.register("contactRoute")}
          maxLength={300}
        />
        <RadiosField
          small
          id="active"
          legend="Takes referrals"
          hint="A provider that does not take referrals stays on its past referrals but cannot be chosen for new ones."
          error={errors.active?.message}
          field={form.register("active")}
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No – deactivated" },
          ]}
          inline
        />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
          {provider ? "Save provider" : "Add provider"}
        </button>
      </Form>
    </>
  );
}
