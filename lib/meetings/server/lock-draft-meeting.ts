import "server-only";
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db/server/prisma";
import { dbDateInUk } from "@/lib/dates/day";
import { PACK_LOCKED_MESSAGE } from "@/lib/meetings/messages";

const FOUR_WEEKS = 28 * 86_400_000;

/**
 * Inside a pack-changing transaction: locks the meeting row (so concurrent changes to one pack run
 * one after the other) and refuses unless the pack is still a draft. Gives the period the pack
 * covers: from the previous meeting's day (periodStart) to this meeting's day.
 */
export async function lockDraftMeeting(tx: Tx, meetingId: number) {
  const rows = await tx.$queryRaw<
    { id: number; status: string; heldAt: Date; periodStart: Date | null; packVersion: number }[]
  >`
    SELECT id, status::text AS status, "heldAt", "periodStart", "packVersion" FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
  const meeting = rows[0];
  if (!meeting) throw new AppError("NOT_FOUND");
  if (meeting.status !== "DRAFT")
    throw new AppError("CONFLICT", { message: PACK_LOCKED_MESSAGE, detail: { status: meeting.status } });
  const meetingDay = dbDateInUk(meeting.heldAt);
  return {
    ...meeting,
    meetingDay,
    periodStart: meeting.periodStart ?? new Date(meetingDay.getTime() - FOUR_WEEKS),
  };
}
