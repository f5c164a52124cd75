import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { sessionKeyOf, type SessionClaims } from "@/lib/auth/session-claims";
import { actorOf, type Actor } from "@/lib/auth/actor";
import { anonymousActor, auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";

/** A signed-in request's user, and whether an administrator-set password must be replaced first. */
export type SignedIn = { actor: Actor; mustChangePassword: boolean };

type UserRow = Pick<Actor, "id" | "name" | "email" | "role" | "npuId" | "providerId"> & {
  disabled: boolean;
  sessionVersion: number;
  mustChangePassword: boolean;
  /** This sign-in's UserSession row: missing, or revoked once the user signed out of it. */
  sessionLive: boolean;
};

/**
 * The database half of get-actor: turns intact, unexpired session claims into an Actor, or null
 * when the account is gone, disabled, the session was issued under an older sessionVersion
 * ("sign out everywhere", a role change, disabling and password resets bump it), or this session
 * was signed out (its UserSession row revoked). Runs on every
 * request, so those take effect on the user's next click. Each refusal is audited.
 *
 * One statement (issue 15: it was three a request, the user, its session row and, in
 * requireActor, the password flag): the user joined to this sign-in's row, with the flag.
 */
export async function resolveActor({
  claims,
  address,
}: {
  claims: SessionClaims;
  address: string | null;
}): Promise<SignedIn | null> {
  const prisma = getPrisma();
  const [user] = await prisma.$queryRaw<UserRow[]>`
    SELECT u.id, u.name, u.email, u.role::text AS role, u."npuId", u."providerId",
           u."disabledAt" IS NOT NULL AS disabled, u."sessionVersion", u."mustChangePassword",
           (s.id IS NOT NULL AND s."revokedAt" IS NULL) AS "sessionLive"
      FROM "User" u
      LEFT JOIN "UserSession" s ON s.id = ${claims.sessionId} AND s."userId" = u.id
     WHERE u.id = ${claims.userId}`;

  const refusal = !user
    ? "unknown-user"
    : user.disabled
      ? "disabled"
      : user.sessionVersion !== claims.sessionVersion
        ? "session-version"
        : !user.sessionLive
          ? "session-revoked"
          : null;

  if (refusal || !user) {
    await writeAudit(prisma, {
      event: "auth.session-rejected",
      actor: user ? auditActorOf({ ...user, address }) : anonymousActor(address),
      entity: { type: "user", id: claims.userId },
      detail: { reason: refusal },
    });
    return null;
  }

  return { actor: actorOf(user, sessionKeyOf(claims), address), mustChangePassword: user.mustChangePassword };
}
