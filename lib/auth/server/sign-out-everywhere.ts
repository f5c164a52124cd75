import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditBy } from "@/lib/audit/server/write-audit";

/**
 * Ends every session of the actor — on every device and every app instance — by bumping
 * sessionVersion: get-actor refuses any cookie issued under the old version on its next request.
 * The bump and its audit row commit together.
 */
export async function signOutEverywhere({ actor }: { actor: Actor }): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: actor.id },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await writeAuditBy(tx, actor, {
      event: "auth.sign-out-everywhere",
      entity: { type: "user", id: actor.id },
      before: { sessionVersion: user.sessionVersion - 1 },
      after: { sessionVersion: user.sessionVersion },
    });
  });
}
