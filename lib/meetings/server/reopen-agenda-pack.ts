import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { AppError } from "@/lib/errors";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";

/**
 * Starts the next version of a published pack: the meeting goes back to DRAFT so the analyst can
 * change it; the published versions stay as they were, and publishing again shows what changed.
 * Not once the meeting is in session or closed.
 */
export async function reopenAgendaPack({
  actor,
  meetingId,
}: MeetingOptions): Promise<{ nextVersion: number }> {
  const { entity, prisma } = await requireOn(actor, "meetings.prepare", "meeting", meetingId);
  return prisma.$transaction(async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id: meetingId },
      select: { status: true, packVersion: true },
    });
    if (!meeting) throw new AppError("NOT_FOUND");
    const updated = await tx.meeting.updateMany({
      where: { id: meetingId, status: "PUBLISHED" },
      data: { status: "DRAFT", version: { increment: 1 } },
    });
    if (updated.count === 0) {
      throw new AppError("CONFLICT", {
        message:
          meeting.status === "DRAFT"
            ? "A new version of this pack is already being prepared."
            : "The meeting has started: its pack can no longer change.",
      });
    }
    await writeAuditBy(tx, actor, {
      event: "agenda.reopened",
      entity,
      before: { status: "PUBLISHED" },
      after: { status: "DRAFT" },
    });
    return { nextVersion: meeting.packVersion + 1 };
  });
}
