import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import type { StartMeetingInput } from "@/lib/meetings/run-schemas";
import { meetingDayWarning } from "@/lib/meetings/run-clock";

/**
 * Attendance is taken at the start: the chair marks everyone expected as present, apologies or
 * absent, and the published meeting goes into session. Once in session the attendance can still be
 * corrected (the same call, the meeting stays in session).
 */
export async function runStartMeeting({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<StartMeetingInput>): Promise<{ id: number; version: number }> {
  const { entity, prisma } = await requireOn(actor, "meetings.run", "meeting", input.meetingId);
  const meeting = await prisma.meeting.findUnique({
    where: { id: input.meetingId },
    include: { attendees: true },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  if (meeting.status !== "PUBLISHED" && meeting.status !== "IN_SESSION") {
    throw new AppError("VALIDATION", {
      fieldErrors: {
        _form: [
          meeting.status === "CLOSED"
            ? "This meeting is closed"
            : "Publish the agenda pack before starting the meeting",
        ],
      },
    });
  }
  if (meeting.version !== input.version) throw new AppError("CONFLICT");
  const dayWarning = meeting.status === "PUBLISHED" ? meetingDayWarning(meeting.heldAt, now) : null;
  if (dayWarning && !input.acknowledgeDate) {
    throw new AppError("VALIDATION", {
      fieldErrors: { acknowledgeDate: [`${dayWarning.message}. Confirm that you want to start it now`] },
    });
  }
  const given = new Map(input.attendees.map((a) => [a.id, a.status]));
  const missing = meeting.attendees.filter((a) => !given.has(a.id));
  if (missing.length > 0) {
    throw new AppError("VALIDATION", {
      fieldErrors: Object.fromEntries(
        missing.map((a) => [
          `attendee-${a.id}`,
          [`Select whether ${a.name} is present, gave apologies or is absent`],
        ]),
      ),
    });
  }

  return versionedTransaction(
    async (tx) => {
      const starting = meeting.status === "PUBLISHED";
      const written = await tx.meeting.updateMany({
        where: { id: meeting.id, version: input.version },
        data: { status: "IN_SESSION", startedAt: meeting.startedAt ?? now, version: { increment: 1 } },
      });
      claimVersion(written);
      for (const attendee of meeting.attendees) {
        const status = given.get(attendee.id)!;
        if (status === attendee.status) continue;
        await tx.meetingAttendee.update({
          where: { id: attendee.id },
          data: { status, version: { increment: 1 } },
        });
      }
      await writeAuditBy(tx, actor, {
        event: starting ? "meeting.started" : "meeting.updated",
        entity,
        before: {
          status: meeting.status,
          attendance: Object.fromEntries(meeting.attendees.map((a) => [a.name, a.status])),
        },
        after: {
          status: "IN_SESSION",
          attendance: Object.fromEntries(meeting.attendees.map((a) => [a.name, given.get(a.id)])),
        },
        ...(dayWarning ? { detail: { dateAcknowledged: dayWarning.message } } : {}),
      });
      return { id: meeting.id, version: input.version + 1 };
    },
    async () => new AppError("CONFLICT"),
  );
}
