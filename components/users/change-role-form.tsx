"use client";

import { useWatch } from "react-hook-form";
import { FormFrame } from "@/components/forms/form-frame";
import { FormHeading } from "@/components/forms/form-page";
import { useFormAction } from "@/components/forms/use-form-action";
import { RoleFields } from "@/components/users/role-fields";
import { changeUserRoleAction } from "@/app/admin/users/actions";
import type { RoleChangeFormValues } from "@/lib/users/schemas";
import type { UserDetail, UserFormOptions } from "@/lib/users/types";

const FIELDS = ["role", "npuId", "providerId"] as const;

type Props = {
  user: Pick<UserDetail, "id" | "name" | "version" | "role" | "npuId" | "providerId">;
  options: UserFormOptions;
  title: string;
};

export function ChangeRoleForm({ user, options, title }: Props) {
  const form = useFormAction<RoleChangeFormValues, { pending?: boolean }>({
    schema: () => import("@/lib/users/schemas").then((m) => m.roleChangeSchema),
    defaults: {
      role: user.role,
      npuId: user.npuId ? String(user.npuId) : "",
      providerId: user.providerId ? String(user.providerId) : "",
    },
    fields: FIELDS,
    title,
    // The version this page was rendered with: a change since then is refused as a CONFLICT.
    submit: (values) => changeUserRoleAction({ ...values, id: user.id, version: user.version }),
    done: (data) => `/admin/users/${user.id}?done=${data.pending ? "role-pending" : "role"}`,
  });
  const selectedRole = useWatch({ control: form.form.control, name: "role" });
  const warning = (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>A new role signs {user.name} out everywhere.
        They sign in again to use it.
      </strong>
    </div>
  );

  return (
    <FormFrame
      form={form}
      testId="change-role-form"
      heading={<FormHeading title={title} caption={user.name} intro={warning} />}
      submit="Save role"
      cancelHref={`/admin/users/${user.id}`}
    >
      <RoleFields bind={form.bind} selectedRole={selectedRole} options={options} />
    </FormFrame>
  );
}
