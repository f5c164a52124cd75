"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getActor } from "@/lib/auth/server/get-actor";
import { clearSessionCookie } from "@/lib/auth/server/clear-session-cookie";
import { recordSignOut } from "@/lib/auth/server/record-sign-out";
import { signOutEverywhere } from "@/lib/auth/server/sign-out-everywhere";
import { getSessionClaims } from "@/lib/auth/server/get-session-claims";
import { getRequestAddress } from "@/lib/auth/server/get-request-address";
import { signInWithPassword } from "@/lib/auth/server/sign-in-with-password";
import type { SignInState } from "@/lib/auth/sign-in-state";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here.

/**
 * The sign-in form (useActionState). Public by nature: it has no actor. Next checks the post's
 * Origin (and proxy.ts audits a foreign one), so another site cannot sign a visitor in.
 */
export async function signInAction(previous: SignInState, form: FormData): Promise<SignInState> {
  const outcome = await signInWithPassword(form, previous);
  if (!outcome.ok) return outcome.state;
  redirect(outcome.redirectTo); // outside any try: redirect() throws to navigate
}

/**
 * Not made with defineAction, deliberately: signing out must work — and clear the cookie — even
 * when the session is already refused (disabled, timed out), when defineAction would stop at
 * UNAUTHENTICATED. It revokes the caller's own session (the cookie's UserSession row, so a copy of
 * the cookie stops working too), leaves their other sessions signed in, and is audited.
 */
export async function signOutAction(): Promise<void> {
  const claims = await getSessionClaims();
  if (claims) {
    const actor = await getActor();
    await recordSignOut({ claims, address: actor?.address ?? (await getRequestAddress()), via: "sign-out" });
  }
  await clearSessionCookie();
  redirect("/sign-in?signedOut=1");
}

export const signOutEverywhereAction = defineAction({
  name: "auth.sign-out-everywhere",
  permission: "signed-in",
  input: z.object({}),
  handler: async ({ actor }) => {
    await signOutEverywhere({ actor });
    await clearSessionCookie();
    redirect("/sign-in?signedOut=everywhere");
  },
});
