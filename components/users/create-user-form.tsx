"use client";

import { useWatch } from "react-hook-form";
import { SubmitButton, TextField } from "@/components/forms/fields";
import { FormOutcomeBanners } from "@/components/forms/saved-banner";
import { useFormAction } from "@/components/forms/use-form-action";
import { ErrorSummary } from "@/components/forms/error-summary";
import { RoleFields } from "@/components/users/role-fields";
import { createUserAction } from "@/app/admin/users/actions";
import type { CreateUserFormValues } from "@/lib/users/schemas";
import type { UserFormOptions } from "@/lib/users/types";
import { Form } from "@/components/forms/form";

const FIELDS = ["name", "email", "jobTitle", "role", "npuId", "providerId"] as const;

export function CreateUserForm({ options, title }: { options: UserFormOptions; title: string }) {
  const { form, bind, summary, onSubmit, focusKey, pending, already } = useFormAction<
    CreateUserFormValues,
    { id: number; pending?: boolean }
  >({
    schema: () => import("@/lib/users/schemas").then((m) => m.createUserSchema),
    defaults: { name: "", email: "", jobTitle: "", npuId: "", providerId: "" },
    fields: FIELDS,
    title,
    // The action gets the form's own values (strings), not the parsed ones: it parses them again
    // with the same schema, as it would a request that never came from this form.
    submit: (values) => createUserAction(values),
    done: (data) => `/admin/users/${data.id}?done=${data.pending ? "created-pending" : "created"}`,
  });
  const selectedRole = useWatch({ control: form.control, name: "role" });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={focusKey} />
      <h1 className="govuk-heading-l">{title}</h1>
      <Form onSubmit={onSubmit} data-testid="create-user-form">
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
        <SubmitButton pending={pending}>Add user</SubmitButton>
      </Form>
      <FormOutcomeBanners already={already} />
    </>
  );
}
