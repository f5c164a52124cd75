import "server-only";
import { forumRecipients } from "@/lib/meetings/meeting-document";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { PACK_EMPTY_MESSAGE } from "@/lib/meetings/messages";
import { buildAgendaPack } from "@/lib/meetings/server/build-agenda-pack";
import { lockDraftMeeting } from "@/lib/meetings/server/lock-draft-meeting";

/**
 * The chair publishes the draft pack: its current text is frozen as the next version, the meeting
 * becomes PUBLISHED and the pack is locked. Publishing makes the pack available to the forum's
 * attendees, so it is logged as a disclosure to them.
 */
export async function publishAgendaPack({
  actor,
  meetingId,
}: MeetingOptions): Promise<{ versionNumber: number }> {
  const { entity, prisma } = await requireOn(actor, "meetings.publish", "meeting", meetingId);
  return prisma.$transaction(
    async (tx) => {
      const meeting = await lockDraftMeeting(tx, meetingId);
      const pack = await buildAgendaPack(tx, meetingId);
      const items = pack.sections.reduce((n, s) => n + s.items.length, 0);
      if (items === 0) throw new AppError("VALIDATION", { message: PACK_EMPTY_MESSAGE });
      const versionNumber = meeting.packVersion + 1;
      const publishedAt = new Date();
      const snapshot = { ...pack, status: "PUBLISHED" as const, packVersion: versionNumber, removed: [] };
      await tx.agendaPackVersion.create({
        data: {
          meetingId,
          versionNumber,
          snapshot: snapshot as unknown as Prisma.InputJsonValue,
          publishedById: actor.id,
          publishedAt,
        },
      });
      await tx.meeting.update({
        where: { id: meetingId },
        data: { status: "PUBLISHED", packVersion: versionNumber, publishedAt, version: { increment: 1 } },
      });
      const attendees = await tx.meetingAttendee.findMany({
        where: { meetingId },
        orderBy: { id: "asc" },
        select: { name: true, organisation: true },
      });
      await writeAuditBy(tx, actor, {
        event: "agenda.published",
        entity,
        justification: `Agenda pack version ${versionNumber} published for the forum`,
        recipients: forumRecipients(attendees),
        detail: { versionNumber, items },
      });
      return { versionNumber };
    },
    { timeout: 60_000 },
  );
}
