import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { ITEM_CONFLICT_MESSAGE } from "@/lib/meetings/messages";
import { lockDraftMeeting } from "@/lib/meetings/server/lock-draft-meeting";

/**
 * Moves an item one place up or down within its section (swapping with the neighbouring item that
 * is still in the pack). At the top or bottom already: nothing changes.
 */
export async function moveAgendaItem({
  actor,
  itemId,
  version,
  direction,
}: {
  actor: Actor;
  itemId: number;
  version: number;
  direction: "up" | "down";
}): Promise<{ moved: boolean }> {
  const entity = { type: "agenda-item", id: itemId };
  await requirePermission(actor, "meetings.prepare", { entity });
  return getPrisma().$transaction(async (tx) => {
    const item = await tx.agendaItem.findUnique({ where: { id: itemId }, select: { meetingId: true, kind: true } });
    if (!item) throw new AppError("NOT_FOUND");
    await lockDraftMeeting(tx, item.meetingId);
    const siblings = await tx.agendaItem.findMany({
      where: { meetingId: item.meetingId, kind: item.kind, removedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true, version: true },
    });
    const at = siblings.findIndex((s) => s.id === itemId);
    if (at === -1) throw new AppError("NOT_FOUND");
    if (siblings[at]!.version !== version) throw new AppError("CONFLICT", { message: ITEM_CONFLICT_MESSAGE });
    const other = siblings[direction === "up" ? at - 1 : at + 1];
    if (!other) return { moved: false };
    // Renumber the section densely so equal positions (never expected, but cheap to rule out) cannot stick.
    const order = siblings.map((s) => s.id);
    [order[at], order[order.indexOf(other.id)]] = [other.id, itemId];
    for (const [k, id] of order.entries()) {
      await tx.agendaItem.update({ where: { id }, data: { position: k + 1, ...(id === itemId || id === other.id ? { version: { increment: 1 } } : {}) } });
    }
    await writeAudit(tx, {
      event: "agenda.item-updated",
      actor: auditActorOf(actor),
      entity,
      before: { place: at + 1 },
      after: { place: direction === "up" ? at : at + 2 },
    });
    return { moved: true };
  });
}
