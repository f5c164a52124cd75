"use client";

import { SelectField, TextareaField } from "@/components/forms/fields";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import {
  controlClass,
  describedBy,
  FieldError,
  FieldHint,
  formGroupClass,
  pageTitle,
} from "@/components/ui/field-error";
import { DateInput } from "@/components/forms/date-input";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { createReferralAction } from "@/app/referrals/actions";
import { referralFormSchema, type ReferralFormValues } from "@/lib/referrals/schemas";
import type { ReferralFormOptions } from "@/lib/referrals/server/get-referral-form-options";
import { Form } from "@/components/forms/form";

const FIELDS = ["personId", "route", "reason", "referredOn"] as const;

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
  const router = useRouter();
  const only = options.persons.length === 1 ? String(options.persons[0]!.id) : "";
  const form = useForm<ReferralFormValues, unknown, unknown>({
    resolver: zodResolver(referralFormSchema),
    shouldFocusError: false,
    defaultValues: { personId: only, route: "", reason: "", referredOn: today },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await server.send(() =>
      createReferralAction({ ...form.getValues(), offenceId: options.offence?.id ?? null }),
    );
    if (result.ok) router.push(`${backHref}${backHref.includes("?") ? "&" : "?"}referred=1`);
    else server.apply(result.error);
  });

  const providers = [...new Set(options.routes.map((r) => r.provider))];
  const routeError = errors.route?.message;
  return (
    <>
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <h1 className="govuk-heading-l">{title}</h1>
      <Form onSubmit={onSubmit} data-testid="create-referral-form">
        <SelectField
          id="personId"
          label="Person"
          hint={options.offence ? `Victims and suspects of ${options.offence.crimeReference}` : undefined}
          error={errors.personId?.message}
          field={form.register("personId")}
          placeholder={options.persons.length === 1 ? undefined : "Select a person"}
          options={options.persons.map((p) => ({
            value: String(p.id),
            label: p.role ? `${p.name} (${p.role.toLowerCase()})` : p.name,
          }))}
        />
        <div className={formGroupClass(Boolean(routeError))}>
          <label className="govuk-label govuk-label--s" htmlFor="route">
            Provider and pathway
          </label>
          <FieldHint fieldId="route" hint="Providers not taking referrals are not listed." />
          <FieldError fieldId="route" message={routeError} />
          <select
            id="route"
            className={controlClass("select", Boolean(routeError))}
            aria-describedby={describedBy("route", { hint: true, error: Boolean(routeError) })}
            {...form.register("route")}
          >
            <option value="">Select a provider and pathway</option>
            {providers.map((provider) => (
              <optgroup label={provider} key={provider}>
                {options.routes
                  .filter((r) => r.provider === provider)
                  .map((r) => (
                    <option key={r.value} value={r.value}>
                      {r.provider}: {r.pathway}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <TextareaField
          id="reason"
          label="Reason for referral"
          hint="The provider's caseworker reads this. Give what they need to offer support: no crime reference, intelligence or investigation detail."
          field={form.register("reason")}
          error={errors.reason?.message}
          rows={4}
        />
        <DateInput
          control={form.control}
          name="referredOn"
          id="referredOn"
          legend="Date of referral"
          error={errors.referredOn?.message}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
          Make referral
        </button>
      </Form>
    </>
  );
}
