import { encode } from "next-auth/jwt";
import { getEnv } from "@/lib/env";
import {
  needsTouch,
  parseClaims,
  remainingSeconds,
  sessionState,
  touched,
  type SessionClaims,
  type SessionLimits,
} from "@/lib/auth/session-claims";
import { openSessionJwe } from "@/lib/auth/session-jwe";

// The session cookie: a next-auth v4 JWT (JWE, A256GCM, key derived from AUTH_SECRET), so a
// tampered or forged cookie fails to decrypt. Shared by next-auth's options, get-actor and proxy.ts
// (no `server-only` here so the proxy can import it; it holds no secret itself).
//
// Name and flags (README "Sessions"):
// - over https (AUTH_URL starts with https://): `__Host-captiva.session`; the browser then insists
//   on Secure, Path=/ and no Domain, so no sub-domain or plain-http page can set or overwrite it;
// - over http (the local demo and the tests on http://localhost): `captiva.session`, not Secure,
//   because browsers refuse prefixed or Secure cookies from plain http.
// Always HttpOnly and SameSite=Lax.

export type SessionSettings = SessionLimits & {
  secret: string;
  secure: boolean;
  cookieName: string;
  /** JWT exp and cookie lifetime in seconds (the absolute lifetime). */
  maxAgeSeconds: number;
};

export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-captiva.session" : "captiva.session";
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}

export function getSessionSettings(): SessionSettings {
  const env = getEnv();
  if (!env.AUTH_SECRET) {
    // Never fall back to a derived secret: every instance behind a load balancer must share one.
    throw new Error("AUTH_SECRET is not set (at least 32 random characters; the same on every instance).");
  }
  const secure = env.AUTH_URL?.startsWith("https://") ?? false;
  return {
    secret: env.AUTH_SECRET,
    secure,
    cookieName: sessionCookieName(secure),
    idleMinutes: env.SESSION_IDLE_MINUTES,
    maxHours: env.SESSION_MAX_HOURS,
    maxAgeSeconds: env.SESSION_MAX_HOURS * 3600,
  };
}

export async function encodeSessionToken(claims: SessionClaims, settings: SessionSettings): Promise<string> {
  return encode({ token: { ...claims }, secret: settings.secret, maxAge: settings.maxAgeSeconds });
}

/**
 * The claims, or null for anything that is not an intact, unexpired token of ours. Opened with the
 * key derived once per secret (session-jwe.ts), not next-auth's `decode`, which derives it per call.
 */
export async function decodeSessionToken(
  token: string,
  settings: SessionSettings,
): Promise<SessionClaims | null> {
  return parseClaims(openSessionJwe(token, settings.secret));
}

export type SessionCheck =
  | { state: "none" | "invalid" | "idle" | "expired" }
  | { state: "active"; claims: SessionClaims; refreshed: { value: string; maxAge: number } | null };

/**
 * For proxy.ts: is this cookie a live session, and should the response carry a refreshed cookie
 * (lastSeen moved on; at most once a minute)? It does not consult the database — only get-actor
 * decides who the user is — so a "live" answer only means "worth rendering the page for".
 */
export async function checkSessionCookie(
  value: string | undefined,
  settings: SessionSettings,
  now = Date.now(),
): Promise<SessionCheck> {
  if (!value) return { state: "none" };
  const claims = await decodeSessionToken(value, settings);
  if (!claims) return { state: "invalid" };
  const state = sessionState(claims, now, settings);
  if (state !== "active") return { state };
  if (!needsTouch(claims, now)) return { state: "active", claims, refreshed: null };
  const next = touched(claims, now);
  return {
    state: "active",
    claims: next,
    refreshed: {
      value: await encodeSessionToken(next, settings),
      maxAge: remainingSeconds(next, now, settings),
    },
  };
}
