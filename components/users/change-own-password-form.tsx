"use client";

import { PasswordField } from "@/components/users/password-field";
import { FormPage } from "@/components/forms/form-page";
import { useFormAction } from "@/components/forms/use-form-action";
import { changeOwnPasswordAction } from "@/app/account/actions";
import type { ChangeOwnPasswordFormValues } from "@/lib/users/schemas";

const TITLE = "Choose your own password";

/** Issue 13.14: an administrator set this account's password, so its owner replaces it first. */
export function ChangeOwnPasswordForm() {
  const form = useFormAction<ChangeOwnPasswordFormValues>({
    schema: () => import("@/lib/users/schemas").then((m) => m.changeOwnPasswordSchema),
    defaults: { current: "", password: "", confirm: "" },
    fields: ["current", "password", "confirm"],
    title: TITLE,
    submit: (values) => changeOwnPasswordAction(values),
    // The database ends every session of an account whose password changes (user_session_bump),
    // this one included: the next page asks them to sign in with the new password.
    done: "/",
  });
  const { bind } = form;

  return (
    <FormPage
      title={TITLE}
      intro={
        <p className="govuk-body">
          An administrator set your password. Choose your own before you continue: nobody else should know it.
        </p>
      }
      testId="change-password-form"
      form={form}
      submit="Save my password"
    >
      <PasswordField {...bind("current")} label="Current (temporary) password" kind="current" />
      <PasswordField {...bind("password")} label="New password" kind="new" />
      <PasswordField {...bind("confirm")} label="New password again" kind="confirm" />
    </FormPage>
  );
}
