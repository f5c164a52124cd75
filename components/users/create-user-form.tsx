"use client";

import { TextField } from "@/components/forms/fields";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { RoleFields } from "@/components/users/role-fields";
import { createUserAction } from "@/app/admin/users/actions";
import { createUserSchema, type CreateUserFormValues, type CreateUserInput } from "@/lib/users/schemas";
import type { UserFormOptions } from "@/lib/users/types";
import { Form } from "@/components/forms/form";

const FIELDS = ["name", "email", "jobTitle", "role", "npuId", "providerId"] as const;

export function CreateUserForm({ options, title }: { options: UserFormOptions; title: string }) {
  const router = useRouter();
  const form = useForm<CreateUserFormValues, unknown, CreateUserInput>({
    resolver: zodResolver(createUserSchema),
    shouldFocusError: false,
    defaultValues: { name: "", email: "", jobTitle: "", npuId: "", providerId: "" },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const selectedRole = useWatch({ control: form.control, name: "role" });
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  // The action gets the form's own values (strings), not the parsed ones: it parses them again
  // with the same schema, as it would a request that never came from this form.
  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await server.send(() => createUserAction(form.getValues()));
    if (result.ok)
      router.push(
        `/admin/users/${result.data.id}?done=${result.data.pending ? "created-pending" : "created"}`,
      );
    else server.apply(result.error);
  });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <h1 className="govuk-heading-l">{title}</h1>
      <Form onSubmit={onSubmit} data-testid="create-user-form">
        <TextField
          id="name"
          label="Full name"
          error={errors.name?.message}
          field={form.register("name")}
          maxLength={120}
          autoComplete="off"
        />
        <TextField
          id="email"
          label="Email address"
          hint="Their work email address. They sign in with it, by single sign-on or with a password you set."
          type="email"
          error={errors.email?.message}
          field={form.register("email")}
          maxLength={254}
        />
        <TextField
          id="jobTitle"
          label="Job title (optional)"
          error={errors.jobTitle?.message}
          field={form.register("jobTitle")}
          maxLength={120}
        />
        <RoleFields
          role={form.register("role")}
          npuId={form.register("npuId")}
          providerId={form.register("providerId")}
          selectedRole={selectedRole}
          errors={{
            role: errors.role?.message,
            npuId: errors.npuId?.message,
            providerId: errors.providerId?.message,
          }}
          options={options}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
          Add user
        </button>
      </Form>
    </>
  );
}
