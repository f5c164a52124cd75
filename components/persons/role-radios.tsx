import { labelledOptions } from "@/components/forms/options";
import { RadiosField } from "@/components/forms/fields";
import type { UseFormRegisterReturn } from "react-hook-form";
import { PERSON_ROLES } from "@/lib/persons/form-fields";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";

const OPTIONS = labelledOptions(PERSON_ROLES, PERSON_ROLE_LABELS);

export function RoleRadios({ field, error }: { field: UseFormRegisterReturn; error?: string }) {
  return (
    <RadiosField
      id="role"
      legend="Their role in this offence"
      error={error}
      field={field}
      options={OPTIONS}
      legendClass="govuk-fieldset__legend--m"
    />
  );
}
