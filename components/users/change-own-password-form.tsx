"use client";

import { TextField } from "@/components/forms/fields";
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { pageTitle } from "@/components/ui/field-error";
import { summaryItems, useActionErrors } from "@/components/forms/use-action-errors";
import { changeOwnPasswordAction } from "@/app/account/actions";
import { PASSWORD_POLICY } from "@/lib/users/rules";
import { changeOwnPasswordSchema, type ChangeOwnPasswordFormValues } from "@/lib/users/schemas";

const FIELDS = ["current", "password", "confirm"] as const;
const TITLE = "Choose your own password";

/** Issue 13.14: an administrator set this account's password, so its owner replaces it first. */
export function ChangeOwnPasswordForm() {
  const router = useRouter();
  const form = useForm<ChangeOwnPasswordFormValues, unknown, z.output<typeof changeOwnPasswordSchema>>({
    resolver: zodResolver(changeOwnPasswordSchema),
    shouldFocusError: false,
    defaultValues: { current: "", password: "", confirm: "" },
  });
  const { errors, isSubmitting, submitCount } = form.formState;
  const server = useActionErrors(form, FIELDS);
  const summary = summaryItems(FIELDS, errors, server.formError);

  useEffect(() => {
    document.title = pageTitle(`${TITLE} – Captiva Guardian`, summary.length > 0);
  }, [summary.length]);

  const onSubmit = form.handleSubmit(async () => {
    server.clear();
    const result = await changeOwnPasswordAction(form.getValues());
    // The database ends every session of an account whose password changes (user_session_bump), this
    // one included: the next page asks them to sign in with the new password.
    if (result.ok) {
      router.push("/");
      router.refresh();
    } else server.apply(result.error);
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} focusKey={submitCount + server.attempts} />
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          An administrator set your password. Choose your own before you continue: nobody else should know it.
        </p>
        <form onSubmit={onSubmit} method="post" noValidate data-testid="change-password-form">
          <TextField
            id="current"
            label="Current (temporary) password"
            type="password"
            autoComplete="current-password"
            error={errors.current?.message}
            field={form.register("current")}
            maxLength={PASSWORD_POLICY.maxLength + 1}
          />
          <TextField
            id="password"
            label="New password"
            hint={`At least ${PASSWORD_POLICY.minLength} characters. Three random words work well.`}
            type="password"
            autoComplete="new-password"
            error={errors.password?.message}
            field={form.register("password")}
            maxLength={PASSWORD_POLICY.maxLength + 1}
          />
          <TextField
            id="confirm"
            label="New password again"
            type="password"
            autoComplete="new-password"
            error={errors.confirm?.message}
            field={form.register("confirm")}
            maxLength={PASSWORD_POLICY.maxLength + 1}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
            Save my password
          </button>
        </form>
      </div>
    </div>
  );
}
