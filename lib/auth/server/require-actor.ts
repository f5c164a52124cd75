import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getSignedIn } from "@/lib/auth/server/get-actor";

/** Where a request without a usable session is sent: it clears the cookie, then shows sign-in. */
export const SESSION_ENDED_PATH = "/auth/session-ended";
/** Where an account with an administrator-set password is sent until it chooses its own. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * For pages, layouts and route handlers: the actor, or a redirect to sign in. Server actions use
 * defineAction, which answers UNAUTHENTICATED instead of redirecting.
 */
export async function requireActor({
  passwordChange = false,
}: { passwordChange?: boolean } = {}): Promise<Actor> {
  const signedIn = await getSignedIn();
  if (!signedIn) redirect(SESSION_ENDED_PATH);
  // Issue 13.14: an administrator-set password opens nothing but the page that replaces it. The
  // flag is read with the user, in this request (get-actor), so an approved reset applies at once.
  if (!passwordChange && signedIn.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return signedIn.actor;
}
