import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { anonymousActor, auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import type { SessionClaims } from "@/lib/auth/session-claims";
import { revokeUserSession } from "@/lib/auth/server/user-sessions";

/**
 * Signs out one session, from our "Sign out" action or next-auth's /api/auth/signout event: revokes
 * its UserSession row, so the cookie (and any copy of it) is refused from the next request on, and
 * audits it in the same transaction. The user's other sessions stay signed in.
 */
export async function recordSignOut({
  claims,
  address,
  via,
}: {
  claims: Pick<SessionClaims, "userId" | "sessionId">;
  address: string | null;
  via: string;
}): Promise<void> {
  const { userId } = claims;
  await getPrisma().$transaction(async (tx) => {
    const revoked = await revokeUserSession(claims, tx);
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, name: true, role: true },
    });
    await writeAudit(tx, {
      event: "auth.sign-out",
      actor: user ? auditActorOf({ ...user, address }) : anonymousActor(address),
      entity: { type: "user", id: userId },
      detail: { via, revoked },
    });
  });
}
