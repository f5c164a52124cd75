import "server-only";
import { redirect } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/server/get-actor";

/** Where a request without a usable session is sent: it clears the cookie, then shows sign-in. */
export const SESSION_ENDED_PATH = "/auth/session-ended";

/**
 * For pages, layouts and route handlers: the actor, or a redirect to sign in. Server actions use
 * defineAction, which answers UNAUTHENTICATED instead of redirecting.
 */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(SESSION_ENDED_PATH);
  return actor;
}
