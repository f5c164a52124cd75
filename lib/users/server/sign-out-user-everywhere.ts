import "server-only";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";

/**
 * An admin ends every session of another account (a lost device, a suspected compromise). It
 * changes nothing the admin edits, so it needs no version: it only moves sessionVersion on.
 */
export async function signOutUserEverywhere({
  actor,
  id,
}: {
  actor: Actor;
  id: number;
}): Promise<{ id: number }> {
  await requirePermission(actor, "users.manage", { entity: { type: "user", id } });

  return getPrisma().$transaction(async (tx) => {
    const exists = await tx.user.findUnique({ where: { id }, select: { id: true } });
    if (!exists) throw new AppError("NOT_FOUND");
    const user = await tx.user.update({
      where: { id },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await writeAuditBy(tx, actor, {
      event: "auth.sign-out-everywhere",
      entity: { type: "user", id },
      before: { sessionVersion: user.sessionVersion - 1 },
      after: { sessionVersion: user.sessionVersion },
      detail: { by: "administrator" },
    });
    return { id };
  });
}
