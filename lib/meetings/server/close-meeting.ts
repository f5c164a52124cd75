import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import { carriedActionsWhere } from "@/lib/meetings/server/carried-actions-where";
import { meetingDayWarning } from "@/lib/meetings/run-clock";
import type { CloseMeetingInput } from "@/lib/meetings/run-schemas";

const ALREADY_CLOSED =
  "This meeting has already been closed (perhaps in another tab or by another chair). Nothing was changed.";

export type ClosedMeeting = { id: number; carried: number; nextMeetingId: number | null };

/**
 * Closes the meeting (its minutes are then final) and carries every open action forward: the
 * actions raised at it and those on its agenda that are still open (live, or "not possible" awaiting
 * the chair's review) count one more meeting carried. `meetingId` keeps naming the meeting that
 * raised the action, so minutes and the decision log stay true; the next meeting's pack generation
 * proposes every open action (the next meeting's id is in the audit row).
 */
export async function closeMeeting({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<CloseMeetingInput>): Promise<ClosedMeeting> {
  const { entity, prisma } = await requireOn(actor, "meetings.run", "meeting", input.meetingId);
  const meeting = await prisma.meeting.findUnique({
    where: { id: input.meetingId },
    select: { id: true, status: true, version: true, heldAt: true },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  if (meeting.status === "CLOSED")
    throw new AppError("VALIDATION", { fieldErrors: { _form: [ALREADY_CLOSED] } });
  if (meeting.status !== "IN_SESSION") {
    throw new AppError("VALIDATION", { fieldErrors: { _form: ["Only a meeting in session can be closed"] } });
  }
  if (meeting.version !== input.version) throw new AppError("CONFLICT");
  const dayWarning = meetingDayWarning(meeting.heldAt, now);
  if (dayWarning && !input.acknowledgeDate) {
    throw new AppError("VALIDATION", {
      fieldErrors: { acknowledgeDate: [`${dayWarning.message}. Confirm that you want to close it now`] },
    });
  }
  return versionedTransaction(
    async (tx) => {
      const written = await tx.meeting.updateMany({
        where: { id: meeting.id, version: input.version, status: "IN_SESSION" },
        data: { status: "CLOSED", closedAt: now, version: { increment: 1 } },
      });
      claimVersion(written);
      const next = await tx.meeting.findFirst({
        where: { heldAt: { gt: meeting.heldAt }, status: { in: ["DRAFT", "PUBLISHED"] } },
        orderBy: [{ heldAt: "asc" }, { id: "asc" }],
        select: { id: true },
      });
      const actions = await tx.actionItem.findMany({
        where: carriedActionsWhere(meeting.id),
        select: { id: true, timesCarried: true },
        orderBy: { id: "asc" },
      });
      for (const action of actions) {
        await tx.actionItem.update({
          where: { id: action.id },
          data: { timesCarried: { increment: 1 }, version: { increment: 1 } },
        });
        await writeAuditBy(tx, actor, {
          event: "action.carried-forward",
          entity: { type: "action-item", id: action.id },
          before: { timesCarried: action.timesCarried },
          after: { timesCarried: action.timesCarried + 1 },
          detail: { fromMeetingId: meeting.id, toMeetingId: next?.id ?? null },
        });
      }
      await writeAuditBy(tx, actor, {
        event: "meeting.closed",
        entity,
        before: { status: "IN_SESSION", closedAt: null },
        after: { status: "CLOSED", closedAt: now },
        detail: {
          carriedForward: actions.length,
          nextMeetingId: next?.id ?? null,
          ...(dayWarning ? { dateAcknowledged: dayWarning.message } : {}),
        },
      });
      return { id: meeting.id, carried: actions.length, nextMeetingId: next?.id ?? null };
    },
    async () => {
      // Two tabs closing at once: the second waited on the first's row lock and wrote nothing.
      const current = await prisma.meeting.findUnique({
        where: { id: meeting.id },
        select: { status: true },
      });
      if (current?.status === "CLOSED")
        throw new AppError("VALIDATION", { fieldErrors: { _form: [ALREADY_CLOSED] } });
      throw new AppError("CONFLICT");
    },
  );
}
