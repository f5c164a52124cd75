import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { recordActionReview } from "@/lib/action-items/server/record-action-review";
import { AppError } from "@/lib/errors";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateInUk } from "@/lib/dates/day";
import { isAwaitingReview, isLiveAction } from "@/lib/action-items/rules";
import { openActionWhere } from "@/lib/meetings/server/load-pack-tables";

export type ForumActionReview = "carry" | "complete" | "not-possible" | "not-done";

const OUTCOME: Record<Exclude<ForumActionReview, "carry">, ActionStatus> = {
  complete: "COMPLETED",
  "not-possible": "NOT_POSSIBLE",
  "not-done": "NOT_DONE",
};
const WORDS: Record<ForumActionReview, string> = {
  carry: "carried forward",
  complete: "completed",
  "not-possible": "closed as not possible",
  "not-done": "closed as not done",
};

/**
 * The chair reviews one action of the meeting's action review table in place (issue 12): carry it
 * forward (it stays open; closing the meeting counts the carry), close it as completed, or close it
 * as not possible (only when its owner said so) or not done. Only while the meeting is in session,
 * only for an action the review lists, only at the version the chair saw. A progress line and an
 * audit row record it in the same transaction.
 */
export async function reviewMeetingAction({
  actor,
  meetingId,
  actionItemId,
  version,
  review,
  note,
  now = new Date(),
}: MeetingOptions & {
  actionItemId: number;
  version: number;
  review: ForumActionReview;
  note: string;
  now?: Date;
}): Promise<{ id: number; version: number; status: ActionStatus }> {
  const entity = { type: "action-item", id: actionItemId };
  await requirePermission(actor, "meetings.run", { entity: { type: "meeting", id: meetingId } });
  await requirePermission(actor, "actions.manage", { entity });
  return getPrisma().$transaction(async (tx) => {
    const [meeting] = await tx.$queryRaw<
      { status: string; heldAt: Date }[]
    >`SELECT status::text AS status, "heldAt" FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
    if (!meeting) throw new AppError("NOT_FOUND");
    if (meeting.status !== "IN_SESSION")
      throw new AppError("CONFLICT", {
        message: "Actions are reviewed in place while the meeting is in session. Start the meeting first.",
      });
    const current = await tx.actionItem.findFirst({
      where: { id: actionItemId, ...openActionWhere(dbDateInUk(meeting.heldAt)) },
    });
    if (!current)
      throw new AppError("NOT_FOUND", {
        message: "This action is not in the meeting's action review (it may already be closed).",
      });
    if (current.version !== version) {
      throw new AppError("CONFLICT", {
        message: `Someone else changed this action while the meeting was looking at it: it is now ${current.status.toLowerCase().replace("_", " ")}. Nothing was recorded; check it and review it again.`,
      });
    }
    if (review === "not-possible" && !isAwaitingReview(current)) {
      throw new AppError("VALIDATION", {
        message:
          "Only an action its owner said was not possible can be closed as not possible. Choose “not done” or carry it forward.",
      });
    }
    if (review === "complete" && !isLiveAction(current.status)) {
      throw new AppError("VALIDATION", {
        message: "Its owner said this action was not possible: close it as not possible or not done.",
      });
    }
    const status = review === "carry" ? current.status : OUTCOME[review];
    const closedAt = review === "carry" ? current.closedAt : now;
    await tx.actionItem.update({
      where: { id: actionItemId },
      data: {
        status,
        closedAt,
        ...(review === "complete" ? { resultNote: note || "Completed, as reported to the forum." } : {}),
        version: { increment: 1 },
      },
    });
    await recordActionReview(tx, {
      actor,
      current,
      note: [`Forum review: ${WORDS[review]}.`, note].filter(Boolean).join(" "),
      now,
      after: { status, closedAt, review, meetingId },
    });
    return { id: actionItemId, version: version + 1, status };
  });
}
