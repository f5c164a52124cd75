"use client";

import { RadiosField, SelectField, TextField } from "@/components/forms/fields";
import { useEffect } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { DatePartsInput } from "@/components/forms/date-input";
import { RoleRadios } from "@/components/persons/role-radios";
import { createPersonAction } from "@/app/offences/[id]/people/add/actions";
import {
  createPersonSchema,
  emptyCreatePerson,
  type CreatePersonInput,
  type CreatePersonValues,
} from "@/lib/persons/schemas";
import { NPU_NAMES } from "@/lib/reference/npus";
import { displayName } from "@/lib/persons/rules";
import { Form } from "@/components/forms/form";

const FIELDS = ["role", "surname", "forenames", "dateOfBirth", "gender", "npu", "vulnerable"] as const;
const GENDER_OPTIONS = [
  { value: "FEMALE", label: "Female" },
  { value: "MALE", label: "Male" },
  { value: "OTHER", label: "Other" },
  { value: "UNKNOWN", label: "Not known" },
] as const;
const NPU_OPTIONS = NPU_NAMES.map((n) => ({ value: n, label: n }));

type Props = { offenceId: number; title: string; backHref: string; prefill: Partial<CreatePersonValues> };

/** "None of these": a new person, prefilled from the search, added to the offence in one step. */
export function CreatePersonForm({ offenceId, title, backHref, prefill }: Props) {
  const router = useRouter();
  const form = useForm<CreatePersonValues, unknown, CreatePersonInput>({
    resolver: zodResolver(createPersonSchema),
    shouldFocusError: false,
    defaultValues: emptyCreatePerson(offenceId, prefill),
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const values = form.getValues();
    const result = await server.send(() => createPersonAction(values));
    if (result.ok) {
      const name = displayName({
        surname: values.surname.trim(),
        forenames: (values.forenames ?? "").trim(),
      });
      router.push(`/offences/${offenceId}/people/add?added=${encodeURIComponent(name)}`);
      router.refresh();
    } else server.apply(result.error);
  });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <h2 className="govuk-heading-m">Create a new person</h2>
      <Form onSubmit={onSubmit} data-testid="create-person-form">
        <RoleRadios field={form.register("role")} error={errors.role?.message} />
        <TextField
          id="surname"
          label="Surname"
          error={errors.surname?.message}
          field={form.register("surname")}
          maxLength={100}
        />
        <TextField
          id="forenames"
          label="Forenames"
          error={errors.forenames?.message}
          field={form.register("forenames")}
          maxLength={100}
        />
        <DatePartsInput
          id="dateOfBirth"
          legend="Date of birth (if known)"
          hint="For example, 15 6 2008"
          error={errors.dateOfBirth?.message}
          register={form.register}
        />
        <RadiosField
          id="gender"
          legend="Gender"
          error={errors.gender?.message}
          field={form.register("gender")}
          options={GENDER_OPTIONS}
          inline
        />
        <SelectField
          id="npu"
          label="NPU of residence (if known)"
          error={errors.npu?.message}
          field={form.register("npu")}
          options={NPU_OPTIONS}
          placeholder="Not known"
        />
        <RadiosField
          id="vulnerable"
          legend="Is the person vulnerable?"
          error={errors.vulnerable?.message}
          field={form.register("vulnerable")}
          options={[
            { value: "yes", label: "Yes" },
            { value: "no", label: "No" },
          ]}
          inline
        />
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
            Create and add the person
          </button>
          <Link className="govuk-link" href={backHref}>
            Back to the matches
          </Link>
        </div>
      </Form>
    </>
  );
}
