import { SelectField } from "@/components/forms/fields";
import { Fragment } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, formGroupClass, hintId } from "@/components/ui/field-error";
import { ROLES } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/labels/role";
import type { UserFormOptions } from "@/lib/users/types";
import { idNameOptions } from "@/components/forms/options";
import { isChosen, useFieldDefault } from "@/components/forms/field-defaults";

// The role radios, with the NPU select revealed under "Investigator" and the provider select under
// "Partner" (GOV.UK conditional reveal, rendered by React: the hidden panel stays in the DOM so the
// radio's aria-controls always points at something). The first radio has the id "role", which the
// error summary links to.

const ROLE_HINTS = {
  CHAIR:
    "Chairs the forum. Reads everything, including restricted intelligence; publishes packs and records decisions.",
  ANALYST: "Knife-crime analyst. Reads and edits case data, imports RMS extracts and drafts agenda packs.",
  INVESTIGATOR:
    "Officer in charge. Reads offences and persons, and edits the investigations of their NPU team.",
  PARTNER: "Intervention staff, not police. Sees only referrals to their provider.",
  ADMIN: "Manages users and reference data, and reads the audit log. No case data.",
} as const;

/** The select each revealing role shows: the NPU whose investigations, the provider whose referrals. */
const REVEALED = {
  INVESTIGATOR: {
    name: "npuId",
    label: "Neighbourhood policing unit (NPU)",
    hint: "The investigator edits the investigations of this NPU's team.",
    placeholder: "Select an NPU",
    rows: "npus",
  },
  PARTNER: {
    name: "providerId",
    label: "Intervention provider",
    hint: "The partner sees only referrals to this provider.",
    placeholder: "Select a provider",
    rows: "providers",
  },
} as const;

type Props = {
  /** The form hook's `bind` (use-form-action): each field's registration and message. */
  bind: (name: "role" | "npuId" | "providerId") => { field: UseFormRegisterReturn; error?: string };
  selectedRole: string | null | undefined;
  options: UserFormOptions;
  legend?: string;
};

export function RoleFields({ bind, selectedRole, options, legend = "Role" }: Props) {
  const role = bind("role");
  const initial = useFieldDefault("role");
  return (
    <div className={formGroupClass(Boolean(role.error))}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy("role", { hint: true, error: Boolean(role.error) })}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-hint" id={hintId("role")}>
          The role decides what the user can see and do.
        </div>
        <FieldError fieldId="role" message={role.error} />
        <div className="govuk-radios" data-module="govuk-radios">
          {ROLES.map((value, index) => {
            const id = index === 0 ? "role" : `role-${value.toLowerCase()}`;
            const revealed = value === "INVESTIGATOR" || value === "PARTNER" ? REVEALED[value] : undefined;
            const conditional = revealed ? `conditional-${id}` : undefined;
            return (
              <Fragment key={value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={id}
                    type="radio"
                    value={value}
                    aria-controls={conditional}
                    aria-describedby={`${id}-item-hint`}
                    defaultChecked={isChosen(initial, value)}
                    {...role.field}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {ROLE_LABELS[value]}
                  </label>
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {ROLE_HINTS[value]}
                  </div>
                </div>
                {revealed ? (
                  <div
                    className={`govuk-radios__conditional${selectedRole === value ? "" : " govuk-radios__conditional--hidden"}`}
                    id={conditional}
                  >
                    <SelectField
                      {...bind(revealed.name)}
                      id={revealed.name}
                      label={revealed.label}
                      hint={revealed.hint}
                      placeholder={revealed.placeholder}
                      options={idNameOptions(options[revealed.rows])}
                    />
                  </div>
                ) : null}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
