import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { decodeSessionToken, getSessionSettings } from "@/lib/auth/session-cookie";
import { sessionState } from "@/lib/auth/session-claims";
import { anonymousActor } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { getRequestAddress } from "@/lib/auth/server/get-request-address";
import { resolveActor, type SignedIn } from "@/lib/auth/server/resolve-actor";

/**
 * The signed-in user for this request, or null. Reads next-auth's session cookie and decodes it
 * with our own opener of next-auth's token (session-jwe.ts) rather than calling getServerSession:
 * getServerSession cannot write cookies from a server component anyway, and it logs an error for
 * every expired cookie. Then checks the idle and absolute limits and re-reads the user from the
 * database (every request; React's cache() only de-duplicates calls within one request).
 *
 * Pages use requireActor(); server actions get the actor from defineAction.
 */
export async function getActor(): Promise<Actor | null> {
  return (await getSignedIn())?.actor ?? null;
}

/**
 * getActor with the account's must-change-password flag, read in the same statement, so
 * requireActor's check costs no query of its own (issue 15).
 */
export const getSignedIn = cache(async function getSignedIn(): Promise<SignedIn | null> {
  const settings = getSessionSettings();
  const value = (await cookies()).get(settings.cookieName)?.value;
  if (!value) return null;

  const address = await getRequestAddress();
  const claims = await decodeSessionToken(value, settings);
  const state = claims ? sessionState(claims, Date.now(), settings) : "invalid";
  if (!claims || state !== "active") {
    // proxy.ts normally turns these away first; reaching here means it was bypassed or raced.
    await writeAudit(getPrisma(), {
      event: "auth.session-rejected",
      actor: anonymousActor(address),
      entity: claims ? { type: "user", id: claims.userId } : undefined,
      detail: { reason: state },
    });
    return null;
  }
  return resolveActor({ claims, address });
});
