"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { disableUserAction, enableUserAction, signOutUserEverywhereAction } from "@/app/admin/users/actions";
import type { ActionError } from "@/lib/actions/action-result";

// Disable, re-enable and "sign out everywhere" for one account. Plain forms posting to server
// actions, so they work before hydration. Each carries the version the page was rendered with;
// the action's revalidatePath re-renders the page with the new one.

type Intent = "disable" | "enable" | "sign-out";
type State = { done: Intent; error?: undefined } | { done?: undefined; error: ActionError } | null;
type Props = { id: number; version: number; name: string; disabled: boolean; isSelf: boolean };

async function run(_previous: State, form: FormData): Promise<State> {
  const intent = form.get("intent") as Intent;
  const result =
    intent === "disable"
      ? await disableUserAction(form)
      : intent === "enable"
        ? await enableUserAction(form)
        : await signOutUserEverywhereAction(form);
  return result.ok ? { done: intent } : { error: result.error };
}

const DONE: Record<Intent, (name: string) => string> = {
  disable: (name) => `${name}'s account is disabled and they have been signed out everywhere.`,
  enable: (name) => `${name}'s account is active again. They need to sign in again.`,
  "sign-out": (name) => `${name} has been signed out everywhere.`,
};

export function UserAccountActions({ id, version, name, disabled, isSelf }: Props) {
  const [state, action, pending] = useActionState(run, null);
  const firstButton = disabled ? "enable-user" : isSelf ? "sign-out-user" : "disable-user";

  // One form per intent: each button posts its own, with the record's id and version.
  const intentButton = (intent: Intent, buttonId: string, variant: string, label: string) => (
    <form action={action}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <button
        type="submit"
        id={buttonId}
        className={`govuk-button${variant}`}
        data-module="govuk-button"
        disabled={pending}
      >
        {label}
      </button>
    </form>
  );

  return (
    <section aria-labelledby="account-actions-title" data-testid="account-actions">
      {state?.error ? (
        <ErrorSummary errors={[{ fieldId: firstButton, message: state.error.message }]} />
      ) : null}
      {state?.done ? (
        <NotificationBanner success titleId="account-done-title" heading={DONE[state.done](name)} />
      ) : null}
      <h2 className="govuk-heading-m" id="account-actions-title">
        Account
      </h2>
      {isSelf ? (
        <p className="govuk-body">
          This is your own account: another administrator must disable it or change its role.
        </p>
      ) : null}
      <div className="govuk-button-group">
        {disabled ? (
          intentButton("enable", "enable-user", "", "Re-enable account")
        ) : (
          <>
            {isSelf
              ? null
              : intentButton("disable", "disable-user", " govuk-button--warning", "Disable account")}
            {intentButton("sign-out", "sign-out-user", " govuk-button--secondary", "Sign out everywhere")}
          </>
        )}
      </div>
      {disabled ? null : (
        <p className="govuk-body govuk-hint">
          Disabling an account signs the user out at once. It can be re-enabled.
        </p>
      )}
    </section>
  );
}
