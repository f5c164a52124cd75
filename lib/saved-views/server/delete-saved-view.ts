import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import type { DeleteViewInput } from "@/lib/saved-views/schemas";

/**
 * Deletes the actor's own view (after the confirmation page), `where id and version`. A view holds
 * no case record, only a list's filters, so it is really removed; the audit row keeps what it was.
 */
export async function deleteSavedView({
  actor,
  input,
}: ActorInput<DeleteViewInput>): Promise<{ id: number }> {
  const { id, version } = input;
  await requirePermission(actor, "views.save", { entity: { type: "saved-view", id } });
  const prisma = getPrisma();
  const current = await prisma.savedView.findFirst({ where: { id, ownerId: actor.id } });
  if (!current) throw new AppError("NOT_FOUND");
  if (current.version !== version) throw new AppError("CONFLICT");
  return prisma.$transaction(async (tx) => {
    const removed = await tx.savedView.deleteMany({ where: { id, version } });
    if (removed.count === 0) throw new AppError("CONFLICT");
    await writeAuditBy(tx, actor, {
      event: "saved-view.deleted",
      entity: { type: "saved-view", id },
      before: {
        kind: current.kind,
        name: current.name,
        query: current.query,
        sharedWith: current.sharedWith,
      },
      justification: "Deleted by its owner",
    });
    // Saving the same filters under the same name again within the idempotency window must make
    // a new view, not answer "already saved" with a link to this deleted one.
    await tx.idempotencyKey.deleteMany({
      where: { action: "views.save", actorId: actor.id, result: { path: ["id"], equals: id } },
    });
    return { id };
  });
}
