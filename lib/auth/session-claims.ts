import { createHash } from "node:crypto";
import { z } from "zod";

// What the session cookie carries — only the user's id, the session version it was issued under,
// the id of its UserSession row (one per sign-in, revoked by signing out) and two times — and the rules for when it stops being valid. Everything else about the user is
// read from the database on each request. Times are epoch milliseconds.

export type SessionClaims = {
  userId: number;
  sessionVersion: number;
  sessionId: string;
  issuedAt: number;
  lastSeen: number;
};
export type SessionLimits = { idleMinutes: number; maxHours: number };
export type SessionState = "active" | "idle" | "expired";

/** Sliding idle timeout: lastSeen is rewritten at most this often, to keep cookie writes rare. */
export const TOUCH_INTERVAL_MS = 60_000;
// A cookie from the future means a server clock was wrong; refuse it rather than trust it.
const CLOCK_SKEW_MS = 60_000;

const claimsShape = z.object({
  userId: z.number().int().positive(),
  sessionVersion: z.number().int().nonnegative(),
  // A cookie without one (issued before sessions were recorded) is refused: sign in again.
  sessionId: z.string().regex(/^[A-Za-z0-9_-]{20,64}$/),
  issuedAt: z.number().int().positive(),
  lastSeen: z.number().int().positive(),
});

/** The claims from a decoded token payload, or null when it is not one of ours. */
export function parseClaims(payload: unknown): SessionClaims | null {
  const parsed = claimsShape.safeParse(payload);
  return parsed.success ? parsed.data : null;
}

/** sessionId: the UserSession row's id (user-sessions.ts creates both); tests of pure rules may omit it. */
export function newClaims(
  userId: number,
  sessionVersion: number,
  now: number,
  sessionId = "unrecorded-session-id",
): SessionClaims {
  return { userId, sessionVersion, sessionId, issuedAt: now, lastSeen: now };
}

export function sessionState(claims: SessionClaims, now: number, limits: SessionLimits): SessionState {
  if (claims.issuedAt > now + CLOCK_SKEW_MS || claims.lastSeen > now + CLOCK_SKEW_MS) return "expired";
  if (now - claims.issuedAt >= limits.maxHours * 3_600_000) return "expired";
  if (now - claims.lastSeen >= limits.idleMinutes * 60_000) return "idle";
  return "active";
}

export function needsTouch(claims: SessionClaims, now: number): boolean {
  return now - claims.lastSeen >= TOUCH_INTERVAL_MS;
}

export function touched(claims: SessionClaims, now: number): SessionClaims {
  return { ...claims, lastSeen: now };
}

/** Seconds until the absolute lifetime ends: the cookie's Max-Age, so the browser drops it too. */
export function remainingSeconds(claims: SessionClaims, now: number, limits: SessionLimits): number {
  return Math.max(0, Math.floor((claims.issuedAt + limits.maxHours * 3_600_000 - now) / 1000));
}

/**
 * One value per sign-in: unchanged when lastSeen slides, different after signing in again. Hashed
 * so the AccessReason table does not hold anything that could rebuild a cookie.
 */
export function sessionKeyOf(claims: SessionClaims): string {
  return createHash("sha256")
    .update(`${claims.userId}:${claims.sessionVersion}:${claims.issuedAt}`)
    .digest("base64url")
    .slice(0, 32);
}
