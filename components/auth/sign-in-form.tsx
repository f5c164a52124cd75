"use client";

import { useActionState, useEffect, useSyncExternalStore } from "react";
import { signInAction } from "@/app/(actions)/auth-actions";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/forms/error-summary";
import { controlClass, describedBy, LabelledGroup, pageTitle } from "@/components/ui/field-error";
import { INITIAL_SIGN_IN_STATE } from "@/lib/auth/sign-in-state";
import { OIDC_PROVIDER_ID } from "@/lib/auth/sign-in-errors";

// Email and password post to a server action (signInAction), so the form is a real
// `method="post"` form that works before the page's JavaScript has loaded, or without it: what was
// typed never goes into the URL. The server checks the fields and answers with one message, the
// same whether or not the account exists. Single sign-on is next-auth's redirect flow and needs
// JavaScript; its button says so until the page is ready.

type Props = { callbackUrl: string; initialError: string | null; ssoName: string | null };

export function SignInForm({ callbackUrl, initialError, ssoName }: Props) {
  const [state, formAction, pending] = useActionState(signInAction, {
    ...INITIAL_SIGN_IN_STATE,
    error: initialError,
  });
  // False in the server's HTML, true once React runs in the browser.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const emailError = state.fieldErrors.email ?? state.error ?? undefined;
  const passwordError = state.fieldErrors.password;
  const summary: ErrorSummaryItem[] = state.error
    ? [{ fieldId: "email", message: state.error }]
    : [
        ...(emailError ? [{ fieldId: "email", message: emailError }] : []),
        ...(passwordError ? [{ fieldId: "password", message: passwordError }] : []),
      ];

  useEffect(() => {
    document.title = pageTitle("Sign in – Captiva Guardian", summary.length > 0);
  }, [summary.length]);

  return (
    <>
      <ErrorSummary errors={summary} focusKey={state.attempt} />
      {/* React renders method="post" for an action function (it refuses an explicit one). */}
      <form action={formAction} noValidate data-testid="sign-in-form">
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <LabelledGroup id="email" label="Email address" error={emailError}>
          <input
            // A new attempt re-fills the email from the server's answer.
            key={`email-${state.attempt}`}
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            maxLength={254}
            defaultValue={state.email}
            className={controlClass("input", Boolean(emailError))}
            aria-describedby={describedBy("email", { error: Boolean(emailError) })}
          />
        </LabelledGroup>
        <LabelledGroup id="password" label="Password" error={passwordError}>
          <input
            key={`password-${state.attempt}`}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            maxLength={200}
            className={controlClass("input", Boolean(passwordError), "govuk-!-width-two-thirds")}
            aria-describedby={describedBy("password", { error: Boolean(passwordError) })}
          />
        </LabelledGroup>
        <button type="submit" className="govuk-button" data-module="govuk-button" disabled={pending}>
          Sign in
        </button>
      </form>
      {ssoName ? (
        <>
          <p className="govuk-body">or</p>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            disabled={!hydrated}
            aria-describedby={hydrated ? undefined : "sso-needs-js"}
            // Loaded on the click: next-auth's client is not needed to sign in with a password, and
            // the sign-in page must stay within its JavaScript budget (issue 15: ≤ 150 KB).
            onClick={() =>
              void import("next-auth/react").then(({ signIn }) => signIn(OIDC_PROVIDER_ID, { callbackUrl }))
            }
          >
            Sign in with {ssoName}
          </button>
          {hydrated ? null : (
            <p className="govuk-hint" id="sso-needs-js">
              {ssoName} needs JavaScript. If this page does not finish loading, sign in with your email
              address and password.
            </p>
          )}
        </>
      ) : null}
    </>
  );
}

const noSubscription = () => () => {};
