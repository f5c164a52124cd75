"use client";

import { RadiosField, SelectField, TextField } from "@/components/forms/fields";
import { DatePartsInput } from "@/components/forms/date-input";
import { FormFrame } from "@/components/forms/form-frame";
import { useFormAction } from "@/components/forms/use-form-action";
import { RoleRadios } from "@/components/persons/role-radios";
import { createPersonAction } from "@/app/offences/[id]/people/add/actions";
import { emptyCreatePerson } from "@/lib/persons/form-fields";
import type { CreatePersonValues } from "@/lib/persons/schemas";
import { NPU_NAMES } from "@/lib/reference/npus";
import { YES_NO } from "@/components/forms/options";

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
  const action = useFormAction<CreatePersonValues, { id: number }>({
    schema: () => import("@/lib/persons/schemas").then((m) => m.createPersonSchema),
    defaults: emptyCreatePerson(offenceId, prefill),
    fields: FIELDS,
    title,
    submit: (values) => createPersonAction(values),
    // The new person's id, not their name: names stay out of addresses.
    done: (data) => `/offences/${offenceId}/people/add?added=${data.id}`,
  });
  const { form, bind, bindParts, errors } = action;

  return (
    <FormFrame
      form={action}
      testId="create-person-form"
      heading={<h2 className="govuk-heading-m">Create a new person</h2>}
      submit="Create and add the person"
      cancelHref={backHref}
      cancelText="Back to the matches"
    >
      <RoleRadios field={form.register("role")} error={errors.role?.message} />
      <TextField {...bind("surname")} label="Surname" maxLength={100} />
      <TextField {...bind("forenames")} label="Forenames" maxLength={100} />
      <DatePartsInput
        {...bindParts("dateOfBirth")}
        legend="Date of birth (if known)"
        hint="For example, 15 6 2008"
      />
      <RadiosField {...bind("gender")} legend="Gender" options={GENDER_OPTIONS} inline />
      <SelectField
        {...bind("npu")}
        label="NPU of residence (if known)"
        options={NPU_OPTIONS}
        placeholder="Not known"
      />
      <RadiosField {...bind("vulnerable")} legend="Is the person vulnerable?" options={YES_NO} inline />
    </FormFrame>
  );
}
