"use client";

import { Fieldset } from "@/components/forms/fields";
import { FormFrame } from "@/components/forms/form-frame";
import { FormHeading } from "@/components/forms/form-page";
import { PasswordField } from "@/components/users/password-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { useState } from "react";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { resetUserPasswordAction } from "@/app/admin/users/actions";
import type { PasswordResetFormValues } from "@/lib/users/schemas";

const FIELDS = ["method", "password"] as const;

type Props = { user: { id: number; name: string; version: number }; title: string };

/**
 * A generated password is shown here once, from the action's answer: it is stored only as a
 * hash, so leaving this page loses it (the admin can reset again).
 */
export function ResetPasswordForm({ user, title }: Props) {
  const [generated, setGenerated] = useState<string | null>(null);
  const [waiting, setWaiting] = useState(false);
  const action = useFormAction<
    PasswordResetFormValues,
    { temporaryPassword: string | null; pending?: boolean }
  >({
    schema: () => import("@/lib/users/schemas").then((m) => m.passwordResetSchema),
    defaults: { password: "" },
    fields: FIELDS,
    title,
    submit: (values) => resetUserPasswordAction({ ...values, id: user.id, version: user.version }),
    onSaved: (data, f) => {
      f.reset({ password: "" });
      setGenerated(data.temporaryPassword);
      setWaiting(Boolean(data.pending));
    },
  });
  const { form, bind, errors } = action;
  const method = useWatch({ control: form.control, name: "method" });

  if (action.saved) {
    return (
      <>
        <div className="govuk-panel govuk-panel--confirmation" data-testid="password-reset-done">
          <h1 className="govuk-panel__title">
            {waiting ? "Temporary password waiting for approval" : "Temporary password set"}
          </h1>
          <div className="govuk-panel__body">
            {waiting
              ? "It works once another administrator or the chair approves it"
              : `${user.name} has been signed out everywhere`}
          </div>
        </div>
        {generated ? (
          <>
            <h2 className="govuk-heading-m">Their temporary password</h2>
            <p className="govuk-body">
              <code className="app-code govuk-!-font-size-24" data-testid="temporary-password">
                {generated}
              </code>
            </p>
            <div className="govuk-inset-text">
              You will not see this password again. Give it to {user.name} by a secure route, never in the
              same message as their email address. They must choose their own password when they sign in with
              it.
            </div>
          </>
        ) : null}
        <p className="govuk-body">
          <Link className="govuk-link" href={`/admin/users/${user.id}`}>
            Back to {user.name}
          </Link>
        </p>
      </>
    );
  }

  return (
    <FormFrame
      form={action}
      testId="reset-password-form"
      heading={
        <FormHeading
          title={title}
          caption={user.name}
          intro={<p className="govuk-body">This replaces their password and signs them out everywhere.</p>}
        />
      }
      submit="Set temporary password"
      cancelHref={`/admin/users/${user.id}`}
    >
      <Fieldset id="method" legend="How do you want to create the password?" error={errors.method?.message}>
        <div className="govuk-radios" data-module="govuk-radios">
          <div className="govuk-radios__item">
            <input
              className="govuk-radios__input"
              id="method"
              type="radio"
              value="generate"
              {...form.register("method")}
            />
            <label className="govuk-label govuk-radios__label" htmlFor="method">
              Generate one for me
            </label>
          </div>
          <div className="govuk-radios__item">
            <input
              className="govuk-radios__input"
              id="method-set"
              type="radio"
              value="set"
              aria-controls="conditional-method-set"
              {...form.register("method")}
            />
            <label className="govuk-label govuk-radios__label" htmlFor="method-set">
              I will type one
            </label>
          </div>
          <div
            className={`govuk-radios__conditional${method === "set" ? "" : " govuk-radios__conditional--hidden"}`}
            id="conditional-method-set"
          >
            <PasswordField {...bind("password")} label="Temporary password" kind="new" />
          </div>
        </div>
      </Fieldset>
    </FormFrame>
  );
}
