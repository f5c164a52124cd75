"use client";

import { SubmitButton } from "@/components/forms/fields";
import { PasswordField } from "@/components/users/password-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { useFormAction } from "@/components/forms/use-form-action";
import { Form } from "@/components/forms/form";
import { changeOwnPasswordAction } from "@/app/account/actions";
import type { ChangeOwnPasswordFormValues } from "@/lib/users/schemas";

const TITLE = "Choose your own password";

/** Issue 13.14: an administrator set this account's password, so its owner replaces it first. */
export function ChangeOwnPasswordForm() {
  const { bind, summary, onSubmit, focusKey, pending } = useFormAction<ChangeOwnPasswordFormValues>({
    schema: () => import("@/lib/users/schemas").then((m) => m.changeOwnPasswordSchema),
    defaults: { current: "", password: "", confirm: "" },
    fields: ["current", "password", "confirm"],
    title: TITLE,
    submit: (values) => changeOwnPasswordAction(values),
    // The database ends every session of an account whose password changes (user_session_bump),
    // this one included: the next page asks them to sign in with the new password.
    done: "/",
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} focusKey={focusKey} />
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          An administrator set your password. Choose your own before you continue: nobody else should know it.
        </p>
        <Form onSubmit={onSubmit} data-testid="change-password-form">
          <PasswordField {...bind("current")} label="Current (temporary) password" kind="current" />
          <PasswordField {...bind("password")} label="New password" kind="new" />
          <PasswordField {...bind("confirm")} label="New password again" kind="confirm" />
          <SubmitButton pending={pending}>Save my password</SubmitButton>
        </Form>
      </div>
    </div>
  );
}
