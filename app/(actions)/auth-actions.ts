"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { getActor } from "@/lib/auth/server/get-actor";
import { clearSessionCookie } from "@/lib/auth/server/clear-session-cookie";
import { recordSignOut } from "@/lib/auth/server/record-sign-out";
import { signOutEverywhere } from "@/lib/auth/server/sign-out-everywhere";

// Every export of a 'use server' file is a public endpoint: only …Action functions live here.

/**
 * Not made with defineAction, deliberately: signing out must work — and clear the cookie — even
 * when the session is already refused (disabled, timed out), when defineAction would stop at
 * UNAUTHENTICATED. It changes nothing but the caller's own cookie and audits when it knows who.
 */
export async function signOutAction(): Promise<void> {
  const actor = await getActor();
  if (actor) await recordSignOut({ userId: actor.id, address: actor.address, via: "sign-out" });
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
