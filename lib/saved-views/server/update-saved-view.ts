import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { lastSavedBy } from "@/lib/audit/server/last-saved-by";
import { conflictFieldErrors } from "@/lib/actions/conflict";
import { getPrisma } from "@/lib/db/server/prisma";
import { kindsFor, nameKeyOf, SHARE_WITH_ROLE } from "@/lib/saved-views/kinds";
import type { EditViewInput } from "@/lib/saved-views/schemas";
import { nameTaken } from "@/lib/saved-views/server/name-taken";

// Thrown inside the transaction so it rolls back; answered as CONFLICT outside it.
class StaleVersion extends Error {}

/**
 * Renames the actor's own view and (the chair) shares it with the forum's analysts or stops
 * sharing it, `where id and version`, with its audit row. Someone else's view is not found.
 */
export async function updateSavedView({
  actor,
  input,
}: ActorInput<EditViewInput>): Promise<{ id: number; version: number }> {
  const { id, version, name, shared } = input;
  await requirePermission(actor, "views.save", { entity: { type: "saved-view", id } });
  const prisma = getPrisma();
  const current = await prisma.savedView.findFirst({
    where: { id, ownerId: actor.id, kind: { in: kindsFor(actor.role) } },
  });
  if (!current) throw new AppError("NOT_FOUND");
  const sharedWith = shared ? SHARE_WITH_ROLE : null;
  if (sharedWith !== current.sharedWith) {
    await requirePermission(actor, "views.share", { entity: { type: "saved-view", id } });
    if (sharedWith && !kindsFor(SHARE_WITH_ROLE).includes(current.kind))
      throw new AppError("VALIDATION", {
        fieldErrors: { shared: ["The analysts cannot open this list, so this view cannot be shared"] },
      });
  }
  if (current.version !== version) throw await stale(id, name, shared);
  const nameKey = nameKeyOf(name);
  if (nameKey !== current.nameKey) {
    const clash = await prisma.savedView.findUnique({
      where: { ownerId_kind_nameKey: { ownerId: actor.id, kind: current.kind, nameKey } },
      select: { id: true },
    });
    if (clash) throw nameTaken(name, current.kind);
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const written = await tx.savedView.updateMany({
        where: { id, version },
        data: { name, nameKey, sharedWith, version: { increment: 1 } },
      });
      if (written.count === 0) throw new StaleVersion();
      await writeAuditBy(tx, actor, {
        event: "saved-view.updated",
        entity: { type: "saved-view", id },
        before: { name: current.name, sharedWith: current.sharedWith },
        after: { name, sharedWith },
      });
      return { id, version: version + 1 };
    });
  } catch (error) {
    if (error instanceof StaleVersion) throw await stale(id, name, shared);
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw nameTaken(name, current.kind);
    throw error;
  }
}

/** CONFLICT with the saved name and sharing beside what this editor entered. */
async function stale(id: number, name: string, shared: boolean): Promise<AppError> {
  const prisma = getPrisma();
  const saved = await prisma.savedView.findUniqueOrThrow({ where: { id } });
  const yesNo = (v: boolean) => (v ? "Shared" : "Not shared");
  return new AppError("CONFLICT", {
    fieldErrors: conflictFieldErrors(
      "view",
      {
        name: { label: "Name", mine: name, saved: saved.name },
        shared: { label: "Sharing", mine: yesNo(shared), saved: yesNo(saved.sharedWith !== null) },
      },
      await lastSavedBy(prisma, "saved-view", id),
    ),
  });
}
