import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { nameKeyOf, SAVED_VIEW_LISTS } from "@/lib/saved-views/kinds";
import { droppedKeys, normaliseViewQuery } from "@/lib/saved-views/normalise-query";
import type { SaveViewInput } from "@/lib/saved-views/schemas";
import { nameTaken } from "@/lib/saved-views/server/name-taken";

/**
 * Saves the list's current filters under a name. The query is read by the list's own parser and
 * only what the list keeps is stored; the name is unique per user and list (case and spaces aside).
 * The row and its audit row commit together.
 */
export async function createSavedView({
  actor,
  input,
}: ActorInput<SaveViewInput>): Promise<{ id: number; href: string }> {
  const list = SAVED_VIEW_LISTS[input.kind];
  await requirePermission(actor, "views.save");
  await requirePermission(actor, list.permission, { detail: { kind: input.kind } });
  const query = normaliseViewQuery(input.kind, input.query);
  const nameKey = nameKeyOf(input.name);
  const prisma = getPrisma();
  const clash = await prisma.savedView.findUnique({
    where: { ownerId_kind_nameKey: { ownerId: actor.id, kind: input.kind, nameKey } },
    select: { id: true },
  });
  if (clash) throw nameTaken(input.name, input.kind);
  try {
    const made = await prisma.$transaction(async (tx) => {
      const row = await tx.savedView.create({
        data: { ownerId: actor.id, kind: input.kind, name: input.name, nameKey, query },
        select: { id: true },
      });
      await writeAuditBy(tx, actor, {
        event: "saved-view.created",
        entity: { type: "saved-view", id: row.id },
        after: { kind: input.kind, name: input.name, query },
        detail: { dropped: droppedKeys(input.query, query) },
      });
      return row;
    });
    return { id: made.id, href: `${list.path}${query ? `?${query}` : ""}` };
  } catch (error) {
    // Two saves of one name with different filters at once: the unique index refuses the second.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw nameTaken(input.name, input.kind);
    throw error;
  }
}
