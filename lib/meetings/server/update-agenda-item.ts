import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { ITEM_CONFLICT_MESSAGE } from "@/lib/meetings/messages";
import { lockDraftMeeting } from "@/lib/meetings/server/lock-draft-meeting";

export type AgendaItemChange = { annotation: string } | { removed: boolean };

/**
 * Annotates, removes or restores one item of a draft pack. The item's version must still be the one
 * the analyst saw: otherwise CONFLICT with the item's current values, and nothing is changed.
 */
export async function updateAgendaItem({
  actor,
  itemId,
  version,
  change,
}: {
  actor: Actor;
  itemId: number;
  version: number;
  change: AgendaItemChange;
}): Promise<{ id: number; version: number }> {
  const { entity, prisma } = await requireOn(actor, "meetings.prepare", "agenda-item", itemId);
  return prisma.$transaction(async (tx) => {
    const item = await tx.agendaItem.findUnique({ where: { id: itemId }, select: { meetingId: true } });
    if (!item) throw new AppError("NOT_FOUND");
    await lockDraftMeeting(tx, item.meetingId);
    const before = await tx.agendaItem.findUniqueOrThrow({
      where: { id: itemId },
      select: { annotation: true, removedAt: true, version: true, title: true },
    });
    const data =
      "annotation" in change
        ? { annotation: change.annotation }
        : { removedAt: change.removed ? new Date() : null };
    const updated = await tx.agendaItem.updateMany({
      where: { id: itemId, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new AppError("CONFLICT", {
        message: ITEM_CONFLICT_MESSAGE,
        detail: {
          current: {
            title: before.title,
            annotation: before.annotation,
            removed: before.removedAt != null,
            version: before.version,
          },
        },
      });
    }
    await writeAuditBy(tx, actor, {
      event: "agenda.item-updated",
      entity,
      before: { annotation: before.annotation, removed: before.removedAt != null },
      after:
        "annotation" in change
          ? { annotation: change.annotation, removed: before.removedAt != null }
          : { annotation: before.annotation, removed: change.removed },
    });
    return { id: itemId, version: before.version + 1 };
  });
}
