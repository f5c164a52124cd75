"use client";

import { SelectField, TextareaField } from "@/components/forms/fields";
import { DateInput } from "@/components/forms/date-input";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { createReferralAction } from "@/app/referrals/actions";
import type { ReferralFormValues } from "@/lib/referrals/schemas";
import type { ReferralFormOptions } from "@/lib/referrals/types";

/** Refer a person to a provider's pathway. Only active providers are offered; the server checks again. */
export function CreateReferralForm({
  options,
  today,
  title,
  backHref,
}: {
  options: ReferralFormOptions;
  today: string;
  title: string;
  backHref: string;
}) {
  const only = options.persons.length === 1 ? String(options.persons[0]!.id) : "";
  const form = useFormAction<ReferralFormValues>({
    schema: () => import("@/lib/referrals/schemas").then((m) => m.referralFormSchema),
    defaults: { personId: only, route: "", reason: "", referredOn: today },
    fields: ["personId", "route", "reason", "referredOn"],
    title,
    submit: (values) => createReferralAction({ ...values, offenceId: options.offence?.id ?? null }),
    done: `${backHref}${backHref.includes("?") ? "&" : "?"}referred=1`,
  });
  const { bind, bindDate } = form;

  return (
    <FormFrame form={form} testId="create-referral-form" title={title} submit="Make referral">
      <SelectField
        {...bind("personId")}
        label="Person"
        hint={options.offence ? `Victims and suspects of ${options.offence.crimeReference}` : undefined}
        placeholder={options.persons.length === 1 ? undefined : "Select a person"}
        options={options.persons.map((p) => ({
          value: String(p.id),
          label: p.role ? `${p.name} (${p.role.toLowerCase()})` : p.name,
        }))}
      />
      <SelectField
        {...bind("route")}
        label="Provider and pathway"
        hint="Providers not taking referrals are not listed."
        placeholder="Select a provider and pathway"
        options={options.routes.map((r) => ({
          value: r.value,
          label: `${r.provider}: ${r.pathway}`,
          group: r.provider,
        }))}
      />
      <TextareaField
        {...bind("reason")}
        label="Reason for referral"
        hint="The provider's caseworker reads this. Give what they need to offer support: no crime reference, intelligence or investigation detail."
        rows={4}
      />
      <DateInput {...bindDate("referredOn")} legend="Date of referral" />
    </FormFrame>
  );
}
