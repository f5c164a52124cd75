"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { RoleFields } from "@/components/users/role-fields";
import { changeUserRoleAction } from "@/app/admin/users/actions";
import { roleChangeSchema, type RoleChangeFormValues } from "@/lib/users/schemas";
import type { UserDetail, UserFormOptions } from "@/lib/users/types";
import { Form } from "@/components/forms/form";

const FIELDS = ["role", "npuId", "providerId"] as const;

type Props = {
  user: Pick<UserDetail, "id" | "name" | "version" | "role" | "npuId" | "providerId">;
  options: UserFormOptions;
  title: string;
};

export function ChangeRoleForm({ user, options, title }: Props) {
  const router = useRouter();
  const form = useForm<RoleChangeFormValues, unknown, unknown>({
    resolver: zodResolver(roleChangeSchema),
    shouldFocusError: false,
    defaultValues: {
      role: user.role,
      npuId: user.npuId ? String(user.npuId) : "",
      providerId: user.providerId ? String(user.providerId) : "",
    },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const selectedRole = useWatch({ control: form.control, name: "role" });
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${title} – Captiva Guardian`, summary.length > 0);
  }, [summary.length, title]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    // The version this page was rendered with: a change since then is refused as a CONFLICT.
    const result = await server.send(() =>
      changeUserRoleAction({ ...form.getValues(), id: user.id, version: user.version }),
    );
    if (result.ok)
      router.push(`/admin/users/${user.id}?done=${result.data.pending ? "role-pending" : "role"}`);
    else server.apply(result.error);
  });

  return (
    <>
      <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
      <span className="govuk-caption-l">{user.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>A new role signs {user.name} out everywhere.
          They sign in again to use it.
        </strong>
      </div>
      <Form onSubmit={onSubmit} data-testid="change-role-form">
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
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
            Save role
          </button>
          <Link className="govuk-link" href={`/admin/users/${user.id}`}>
            Cancel
          </Link>
        </div>
      </Form>
    </>
  );
}
