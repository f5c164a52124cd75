import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { lockDraftMeeting } from "@/lib/meetings/server/lock-draft-meeting";

/** Adds an item of the analyst's own ("Other business") at the end of the draft pack. */
export async function addFreeAgendaItem({
  actor,
  meetingId,
  title,
  annotation,
}: MeetingOptions & {
  title: string;
  annotation: string;
}): Promise<{ id: number }> {
  await requirePermission(actor, "meetings.prepare", { entity: { type: "meeting", id: meetingId } });
  return getPrisma().$transaction(async (tx) => {
    await lockDraftMeeting(tx, meetingId);
    const last = await tx.agendaItem.aggregate({
      where: { meetingId, kind: "FREE" },
      _max: { position: true },
    });
    const item = await tx.agendaItem.create({
      data: { meetingId, kind: "FREE", title, annotation, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    await writeAuditBy(tx, actor, {
      event: "agenda.item-added",
      entity: { type: "agenda-item", id: item.id },
      after: { meetingId, title, annotation },
    });
    return item;
  });
}
