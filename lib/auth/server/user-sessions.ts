import "server-only";
import { randomBytes } from "node:crypto";
import { getPrisma, type Tx } from "@/lib/db/server/prisma";
import { newClaims, type SessionClaims } from "@/lib/auth/session-claims";
import { getEnv } from "@/lib/env";

type Db = Tx | ReturnType<typeof getPrisma>;

/**
 * Records a new sign-in and returns the claims for its cookie. The cookie names the row; get-actor
 * refuses it once the row is revoked, so signing out ends exactly this session, server-side, on
 * every app instance, and leaves the user's other sessions alone.
 */
export async function startUserSession(
  user: { id: number; sessionVersion: number },
  { db = getPrisma(), now = Date.now() }: { db?: Db; now?: number } = {},
): Promise<SessionClaims> {
  const id = randomBytes(24).toString("base64url"); // 32 characters, unguessable
  // Rows past the absolute lifetime can never be used again: drop this user's, so the table stays small.
  const expired = new Date(now - getEnv().SESSION_MAX_HOURS * 3_600_000);
  await db.userSession.deleteMany({ where: { userId: user.id, createdAt: { lt: expired } } });
  await db.userSession.create({ data: { id, userId: user.id, createdAt: new Date(now) } });
  return newClaims(user.id, user.sessionVersion, now, id);
}

/** Ends one session. Idempotent: revoking twice, or a session that never existed, changes nothing. */
export async function revokeUserSession(
  claims: Pick<SessionClaims, "userId" | "sessionId">,
  db: Db = getPrisma(),
): Promise<boolean> {
  const { count } = await db.userSession.updateMany({
    where: { id: claims.sessionId, userId: claims.userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}
