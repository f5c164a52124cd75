import "server-only";
import { AppError } from "@/lib/errors";
import type { AgendaItemKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { EMPTY_SELECTION_MESSAGE, FIXED_ITEM_MESSAGE, THREAT_SECTION_MESSAGE } from "@/lib/meetings/messages";
import { compareAgendaItems, isFixedItem, sectionOf } from "@/lib/meetings/item-numbers";
import { lockDraftMeeting } from "@/lib/meetings/server/lock-draft-meeting";
import { renumber, sectionOrder } from "@/lib/meetings/server/move-agenda-item";

export type BulkOperation =
  { operation: "remove" } | { operation: "restore" } | { operation: "move"; section: AgendaItemKind };

/**
 * Removes, restores or moves (to the end of a section, keeping their order) the selected items of a
 * draft pack, all or nothing: if anyone changed one of them since the page was loaded, nothing is
 * changed and the user is told which. One audit row lists the items.
 */
export async function bulkUpdateAgendaItems({
  actor,
  meetingId,
  items,
  ...op
}: {
  actor: Actor;
  meetingId: number;
  items: { itemId: number; version: number }[];
} & BulkOperation): Promise<{ changed: number }> {
  const entity = { type: "meeting", id: meetingId };
  await requirePermission(actor, "meetings.prepare", { entity });
  if (items.length === 0) throw new AppError("VALIDATION", { message: EMPTY_SELECTION_MESSAGE });
  return getPrisma().$transaction(async (tx) => {
    await lockDraftMeeting(tx, meetingId);
    const ids = [...new Set(items.map((i) => i.itemId))];
    const rows = await tx.agendaItem.findMany({
      where: { id: { in: ids }, meetingId },
      select: { id: true, kind: true, position: true, version: true, title: true, removedAt: true },
    });
    // An id from another meeting is treated as not found: the pack editor never offers one.
    if (rows.length !== ids.length) throw new AppError("NOT_FOUND");
    const wanted = new Map(items.map((i) => [i.itemId, i.version]));
    const stale = rows.filter((r) => r.version !== wanted.get(r.id));
    if (stale.length > 0) {
      throw new AppError("CONFLICT", {
        message: `Someone else changed ${stale.length === 1 ? "an item" : `${stale.length} items`} you selected (${stale.map((r) => `“${r.title}”`).join(", ")}) while you were working. Nothing was changed: check the pack as it is now and try again.`,
      });
    }
    const sorted = [...rows].sort(compareAgendaItems);
    if (op.operation === "move") {
      const to = sectionOf(op.section);
      if (to === "THREAT_SUMMARY") throw new AppError("VALIDATION", { message: THREAT_SECTION_MESSAGE });
      if (sorted.some((r) => isFixedItem(r.kind) && sectionOf(r.kind) !== to))
        throw new AppError("VALIDATION", { message: FIXED_ITEM_MESSAGE });
      const moving = sorted.map((r) => r.id);
      const touched = new Set(sorted.map((r) => sectionOf(r.kind)));
      await tx.agendaItem.updateMany({
        where: {
          id: { in: moving },
          kind: {
            notIn: ["OFFENCE_TABLE", "ACTION_REVIEW", "REFERRAL_TABLE", "SCRUTINY_TABLE", "THREAT_SUMMARY"],
          },
        },
        data: { kind: to },
      });
      await tx.agendaItem.updateMany({ where: { id: { in: moving } }, data: { version: { increment: 1 } } });
      for (const section of touched)
        if (section !== to) await renumber(tx, await sectionOrder(tx, meetingId, section));
      const live = await sectionOrder(tx, meetingId, to);
      await renumber(tx, [
        ...live.filter((id) => !moving.includes(id)),
        ...moving.filter((id) => live.includes(id)),
      ]);
    } else {
      await tx.agendaItem.updateMany({
        where: { id: { in: ids } },
        data: { removedAt: op.operation === "remove" ? new Date() : null, version: { increment: 1 } },
      });
    }
    await writeAuditBy(tx, actor, {
      event: "agenda.items-changed",
      entity,
      before: {
        items: sorted.map((r) => ({ id: r.id, section: sectionOf(r.kind), removed: r.removedAt != null })),
      },
      after: {
        items: sorted.map((r) => ({
          id: r.id,
          section:
            op.operation === "move" && !isFixedItem(r.kind) ? sectionOf(op.section) : sectionOf(r.kind),
          removed: op.operation === "move" ? r.removedAt != null : op.operation === "remove",
        })),
      },
      detail: { operation: op.operation },
    });
    return { changed: rows.length };
  });
}
