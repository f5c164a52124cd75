import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { sessionKeyOf, type SessionClaims } from "@/lib/auth/session-claims";
import { actorOf, type Actor } from "@/lib/auth/actor";
import { anonymousActor, auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";

/**
 * The database half of get-actor: turns intact, unexpired session claims into an Actor, or null
 * when the account is gone, disabled, the session was issued under an older sessionVersion
 * ("sign out everywhere", a role change, disabling and password resets bump it), or this session
 * was signed out (its UserSession row revoked). Runs on every
 * request, so those take effect on the user's next click. Each refusal is audited.
 */
export async function resolveActor({
  claims,
  address,
}: {
  claims: SessionClaims;
  address: string | null;
}): Promise<Actor | null> {
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      npuId: true,
      providerId: true,
      disabledAt: true,
      sessionVersion: true,
      // This sign-in's row: gone or revoked once the user signed out of it.
      sessions: { where: { id: claims.sessionId }, select: { revokedAt: true } },
    },
  });
  const session = user?.sessions[0];

  const refusal = !user
    ? "unknown-user"
    : user.disabledAt
      ? "disabled"
      : user.sessionVersion !== claims.sessionVersion
        ? "session-version"
        : !session || session.revokedAt
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

  return actorOf(user, sessionKeyOf(claims), address);
}
