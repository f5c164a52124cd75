import { SelectField } from "@/components/forms/fields";
import { Fragment } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, formGroupClass, hintId } from "@/components/ui/field-error";
import { ROLES } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/labels/role";
import type { UserFormOptions } from "@/lib/users/types";
import { idNameOptions } from "@/components/forms/options";

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

type Props = {
  /** The form hook's `bind` (use-form-action): each field's registration and message. */
  bind: (name: "role" | "npuId" | "providerId") => { field: UseFormRegisterReturn; error?: string };
  selectedRole: string | null | undefined;
  options: UserFormOptions;
  legend?: string;
};

export function RoleFields({ bind, selectedRole, options, legend = "Role" }: Props) {
  const role = bind("role");
  const errors = { role: role.error, npuId: bind("npuId").error, providerId: bind("providerId").error };
  return (
    <div className={formGroupClass(Boolean(errors.role))}>
      <fieldset
        className="govuk-fieldset"
        aria-describedby={describedBy("role", { hint: true, error: Boolean(errors.role) })}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-hint" id={hintId("role")}>
          The role decides what the user can see and do.
        </div>
        <FieldError fieldId="role" message={errors.role} />
        <div className="govuk-radios" data-module="govuk-radios">
          {ROLES.map((value, index) => {
            const id = index === 0 ? "role" : `role-${value.toLowerCase()}`;
            const conditional =
              value === "INVESTIGATOR" || value === "PARTNER" ? `conditional-${id}` : undefined;
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
                    {...role.field}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {ROLE_LABELS[value]}
                  </label>
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-radios__hint">
                    {ROLE_HINTS[value]}
                  </div>
                </div>
                {conditional ? (
                  <div
                    className={`govuk-radios__conditional${selectedRole === value ? "" : " govuk-radios__conditional--hidden"}`}
                    id={conditional}
                  >
                    {value === "INVESTIGATOR" ? (
                      <SelectField
                        id="npuId"
                        label="Neighbourhood policing unit (NPU)"
                        hint="The investigator edits the investigations of this NPU's team."
                        error={errors.npuId}
                        field={bind("npuId").field}
                        placeholder="Select an NPU"
                        options={idNameOptions(options.npus)}
                      />
                    ) : (
                      <SelectField
                        id="providerId"
                        label="Intervention provider"
                        hint="The partner sees only referrals to this provider."
                        error={errors.providerId}
                        field={bind("providerId").field}
                        placeholder="Select a provider"
                        options={idNameOptions(options.providers)}
                      />
                    )}
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
