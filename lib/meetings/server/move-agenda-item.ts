import "server-only";
import { AppError } from "@/lib/errors";
import type { AgendaItemKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { Tx } from "@/lib/db/server/prisma";
import {
  FIXED_ITEM_MESSAGE,
  ITEM_CONFLICT_MESSAGE,
  MOVE_PAST_END_MESSAGE,
  REMOVED_ITEM_MOVE_MESSAGE,
  THREAT_SECTION_MESSAGE,
} from "@/lib/meetings/messages";
import { isFixedItem, sectionOf } from "@/lib/meetings/item-numbers";
import { lockDraftMeeting } from "@/lib/meetings/server/lock-draft-meeting";

export type AgendaMove = { direction: "up" | "down" } | { place: number; section?: AgendaItemKind };

/**
 * Moves an item one place up or down, to a numbered place, or to another section (at the place
 * given, else the end). Moving past either end is refused (nothing changes, nothing is audited);
 * the section is renumbered densely in one statement.
 */
export async function moveAgendaItem({
  actor,
  itemId,
  version,
  ...move
}: { actor: Actor; itemId: number; version: number } & AgendaMove): Promise<{
  section: AgendaItemKind;
  place: number;
}> {
  const { entity, prisma } = await requireOn(actor, "meetings.prepare", "agenda-item", itemId);
  return prisma.$transaction(async (tx) => {
    const item = await tx.agendaItem.findUnique({
      where: { id: itemId },
      select: { meetingId: true, kind: true, version: true, removedAt: true },
    });
    if (!item) throw new AppError("NOT_FOUND");
    await lockDraftMeeting(tx, item.meetingId);
    if (item.version !== version) throw new AppError("CONFLICT", { message: ITEM_CONFLICT_MESSAGE });
    if (item.removedAt) throw new AppError("VALIDATION", { message: REMOVED_ITEM_MOVE_MESSAGE });

    const from = sectionOf(item.kind);
    const to = "section" in move && move.section ? sectionOf(move.section) : from;
    if (to !== from && isFixedItem(item.kind))
      throw new AppError("VALIDATION", { message: FIXED_ITEM_MESSAGE });
    if (to !== from && to === "THREAT_SUMMARY")
      throw new AppError("VALIDATION", { message: THREAT_SECTION_MESSAGE });

    const before = await sectionOrder(tx, item.meetingId, from);
    const at = before.indexOf(itemId);
    const others = (to === from ? before : await sectionOrder(tx, item.meetingId, to)).filter(
      (id) => id !== itemId,
    );
    let index: number;
    if ("direction" in move) {
      index = move.direction === "up" ? at - 1 : at + 1;
      if (index < 0 || index > others.length)
        throw new AppError("VALIDATION", { message: MOVE_PAST_END_MESSAGE[move.direction] });
    } else {
      index = move.place - 1;
      if (!Number.isInteger(move.place) || index < 0 || index > others.length) {
        throw new AppError("VALIDATION", {
          message: `Enter a place from 1 to ${others.length + 1}.`,
          fieldErrors: { place: [`Enter a place from 1 to ${others.length + 1}`] },
        });
      }
    }
    const order = [...others.slice(0, index), itemId, ...others.slice(index)];
    await tx.agendaItem.update({
      where: { id: itemId },
      data: { kind: to === from ? item.kind : to, version: { increment: 1 } },
    });
    await renumber(tx, order);
    if (to !== from)
      await renumber(
        tx,
        before.filter((id) => id !== itemId),
      );
    await writeAuditBy(tx, actor, {
      event: "agenda.item-moved",
      entity,
      before: { section: from, place: at + 1 },
      after: { section: to, place: index + 1 },
    });
    return { section: to, place: index + 1 };
  });
}

/** The ids of a section's items still in the pack, in order. */
export async function sectionOrder(tx: Tx, meetingId: number, section: AgendaItemKind): Promise<number[]> {
  const rows = await tx.agendaItem.findMany({
    where: { meetingId, removedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, kind: true },
  });
  return rows.filter((r) => sectionOf(r.kind) === section).map((r) => r.id);
}

/** Positions 1..n in the given order, in one statement. */
export async function renumber(tx: Tx, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await tx.$executeRaw`
    UPDATE "AgendaItem" a SET position = v.ord::int
    FROM unnest(${ids}::int[]) WITH ORDINALITY AS v(id, ord)
    WHERE a.id = v.id AND a.position IS DISTINCT FROM v.ord::int`;
}
