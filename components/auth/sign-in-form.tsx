"use client";

import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/ui/error-summary";
import { controlClass, describedBy, FieldError, formGroupClass, pageTitle } from "@/components/ui/field-error";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";
import { OIDC_PROVIDER_ID, signInErrorMessage } from "@/lib/auth/sign-in-errors";

// Email and password through next-auth's credentials callback (CSRF-protected by next-auth), plus
// the single sign-on button when configured. The server answers only with a code, so the message
// is the same whether or not the account exists.

type Props = { callbackUrl: string; initialError: string | null; ssoName: string | null };

export function SignInForm({ callbackUrl, initialError, ssoName }: Props) {
  const [serverError, setServerError] = useState<string | null>(initialError);
  const [attempts, setAttempts] = useState(0);
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    shouldFocusError: false,
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting, submitCount } = form.formState;

  const summary: ErrorSummaryItem[] = serverError
    ? [{ fieldId: "email", message: serverError }]
    : (["email", "password"] as const).flatMap((f) => (errors[f]?.message ? [{ fieldId: f, message: errors[f].message }] : []));

  useEffect(() => {
    document.title = pageTitle("Sign in – Captiva Guardian", summary.length > 0);
  }, [summary.length]);

  const onSubmit = form.handleSubmit(async ({ email, password }) => {
    setServerError(null);
    const result = await signIn("credentials", { email, password, callbackUrl, redirect: false });
    if (!result || result.error || !result.ok) {
      setServerError(signInErrorMessage(result?.error ?? "SIGN_IN_FAILED"));
      setAttempts((n) => n + 1);
      form.resetField("password");
      return;
    }
    // A full navigation, so the layout renders again with the signed-in user.
    window.location.assign(callbackUrl);
  });

  const emailError = errors.email?.message ?? (serverError ? serverError : undefined);
  const passwordError = errors.password?.message;

  return (
    <>
      <ErrorSummary errors={summary} focusKey={submitCount + attempts} />
      <form onSubmit={onSubmit} noValidate data-testid="sign-in-form">
        <div className={formGroupClass(Boolean(emailError))}>
          <label className="govuk-label govuk-label--s" htmlFor="email">
            Email address
          </label>
          <FieldError fieldId="email" message={emailError} />
          <input
            id="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            maxLength={254}
            className={controlClass("input", Boolean(emailError))}
            aria-describedby={describedBy("email", { error: Boolean(emailError) })}
            {...form.register("email")}
          />
        </div>
        <div className={formGroupClass(Boolean(passwordError))}>
          <label className="govuk-label govuk-label--s" htmlFor="password">
            Password
          </label>
          <FieldError fieldId="password" message={passwordError} />
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            maxLength={200}
            className={controlClass("input", Boolean(passwordError), "govuk-!-width-two-thirds")}
            aria-describedby={describedBy("password", { error: Boolean(passwordError) })}
            {...form.register("password")}
          />
        </div>
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={isSubmitting}>
          Sign in
        </button>
      </form>
      {ssoName ? (
        <>
          <p className="govuk-body">or</p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => void signIn(OIDC_PROVIDER_ID, { callbackUrl })}
          >
            Sign in with {ssoName}
          </button>
        </>
      ) : null}
    </>
  );
}
