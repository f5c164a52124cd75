import "server-only";
import { cookies } from "next/headers";
import { decodeSessionToken, getSessionSettings } from "@/lib/auth/session-cookie";
import type { SessionClaims } from "@/lib/auth/session-claims";

/** The claims of this request's session cookie if it decrypts, whatever its state; null otherwise. */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const settings = getSessionSettings();
  const value = (await cookies()).get(settings.cookieName)?.value;
  return value ? decodeSessionToken(value, settings) : null;
}
