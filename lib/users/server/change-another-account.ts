import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";

/**
 * An administrator may not change their own account this way (role, disabling). The screen offers
 * no such button, so only a hand-made request gets here: it is logged, then refused.
 */
export async function refuseSelfChange(
  actor: Actor,
  userId: number,
  refusal: { reason: string; message: string },
): Promise<void> {
  if (userId !== actor.id) return;
  await writeAuditBy(getPrisma(), actor, {
    event: "access.refused",
    entity: { type: "user", id: userId },
    detail: { reason: refusal.reason },
  });
  throw new AppError("FORBIDDEN", { message: refusal.message });
}
