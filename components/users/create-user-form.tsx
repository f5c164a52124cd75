"use client";

import { useWatch } from "react-hook-form";
import { TextField } from "@/components/forms/fields";
import { useFormAction } from "@/components/forms/use-form-action";
import { RoleFields } from "@/components/users/role-fields";
import { createUserAction } from "@/app/admin/users/actions";
import type { CreateUserFormValues } from "@/lib/users/schemas";
import type { UserFormOptions } from "@/lib/users/types";
import { FormFrame } from "@/components/forms/form-frame";

const FIELDS = ["name", "email", "jobTitle", "role", "npuId", "providerId"] as const;

export function CreateUserForm({ options, title }: { options: UserFormOptions; title: string }) {
  const action = useFormAction<CreateUserFormValues, { id: number; pending?: boolean }>({
    schema: () => import("@/lib/users/schemas").then((m) => m.createUserSchema),
    defaults: { name: "", email: "", jobTitle: "", npuId: "", providerId: "" },
    fields: FIELDS,
    title,
    // The action gets the form's own values (strings), not the parsed ones: it parses them again
    // with the same schema, as it would a request that never came from this form.
    submit: (values) => createUserAction(values),
    done: (data) => `/admin/users/${data.id}?done=${data.pending ? "created-pending" : "created"}`,
  });
  const { form, bind } = action;
  const selectedRole = useWatch({ control: form.control, name: "role" });

  return (
    <FormFrame form={action} testId="create-user-form" title={title} submit="Add user">
      <TextField {...bind("name")} label="Full name" maxLength={120} autoComplete="off" />
      <TextField
        {...bind("email")}
        label="Email address"
        hint="Their work email address. They sign in with it, by single sign-on or with a password you set."
        type="email"
        maxLength={254}
      />
      <TextField {...bind("jobTitle")} label="Job title (optional)" maxLength={120} />
      <RoleFields bind={bind} selectedRole={selectedRole} options={options} />
    </FormFrame>
  );
}
