import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { ALREADY_PROMOTED_MESSAGE } from "@/lib/meetings/messages";
import { numberAgendaItems, sectionOf } from "@/lib/meetings/item-numbers";
import { lockDraftMeeting } from "@/lib/meetings/server/lock-draft-meeting";

/**
 * Promotes one offence from the new-offences table to a discussion item of its own, at the end of
 * the new-offences section. An offence has at most one item in a pack: promoting it again (two
 * clicks, two tabs, two analysts) is refused with the item's number, and nothing is duplicated —
 * the meeting row lock makes the check and the insert one step.
 */
export async function promoteOffence({
  actor,
  meetingId,
  offenceId,
}: {
  actor: Actor;
  meetingId: number;
  offenceId: number;
}): Promise<{ id: number; number: string }> {
  const entity = { type: "meeting", id: meetingId };
  await requirePermission(actor, "meetings.prepare", { entity });
  return getPrisma().$transaction(async (tx) => {
    await lockDraftMeeting(tx, meetingId);
    const offence = await tx.offence.findUnique({
      where: { id: offenceId },
      select: {
        crimeReference: true,
        offenceType: { select: { description: true } },
        npu: { select: { name: true } },
      },
    });
    if (!offence) throw new AppError("NOT_FOUND");
    const items = await tx.agendaItem.findMany({
      where: { meetingId },
      select: { id: true, kind: true, position: true, removedAt: true, offenceId: true },
    });
    const already = items.find((i) => i.offenceId === offenceId);
    if (already) {
      const number = numberAgendaItems(items).find((i) => i.id === already.id)?.number;
      throw new AppError("VALIDATION", {
        message: number
          ? `${ALREADY_PROMOTED_MESSAGE} (item ${number}).`
          : `${ALREADY_PROMOTED_MESSAGE}, but it was removed: restore it from “Removed items”.`,
      });
    }
    const position =
      Math.max(0, ...items.filter((i) => sectionOf(i.kind) === "NEW_OFFENCE").map((i) => i.position)) + 1;
    const title = `${offence.crimeReference} – ${offence.offenceType.description}, ${offence.npu.name}`;
    const item = await tx.agendaItem.create({
      data: { meetingId, kind: "NEW_OFFENCE", title, position, offenceId },
      select: { id: true, kind: true, position: true },
    });
    await writeAudit(tx, {
      event: "agenda.item-promoted",
      actor: auditActorOf(actor),
      entity: { type: "agenda-item", id: item.id },
      after: { meetingId, offenceId, title },
    });
    const number = numberAgendaItems([...items, { ...item, removedAt: null, offenceId }]).find(
      (i) => i.id === item.id,
    )!.number;
    return { id: item.id, number };
  });
}
