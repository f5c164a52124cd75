"use client";

import { useActionState } from "react";
import { signOutAction, signOutEverywhereAction } from "@/app/(actions)/auth-actions";
import type { ActionError } from "@/lib/actions/action-result";

// "Sign out" and "Sign out everywhere" for the header's account slot (SiteHeader's children).
// Forms posting to server actions, so both work before hydration; Next checks their Origin.

async function everywhere(_previous: ActionError | null, form: FormData): Promise<ActionError | null> {
  const result = await signOutEverywhereAction(form); // redirects to /sign-in on success
  if (!result.ok && result.error.code === "UNAUTHENTICATED") {
    await signOutAction(); // the session had already ended: just clear the cookie
  }
  return result.ok ? null : result.error;
}

export function SignOutButtons() {
  const [error, everywhereAction, pending] = useActionState(everywhere, null);
  return (
    <>
      <form action={signOutAction}>
        <button type="submit" className="app-header__action" data-testid="sign-out">
          Sign out
        </button>
      </form>
      <form action={everywhereAction}>
        <button
          type="submit"
          className="app-header__action"
          data-testid="sign-out-everywhere"
          disabled={pending}
        >
          Sign out everywhere
        </button>
      </form>
      {error ? (
        <p className="govuk-error-message app-header__error" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error.message}
        </p>
      ) : null}
    </>
  );
}
