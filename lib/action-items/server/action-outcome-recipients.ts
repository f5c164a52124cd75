import "server-only";
import type { Tx } from "@/lib/db/server/prisma";

/**
 * Who hears that an action came back (completed, not possible, overdue): whoever raised it and
 * the chair of the meeting that raised it, or every active chair for an action raised outside a
 * meeting. Never the person who made the change (they know).
 */
export async function actionOutcomeRecipients(
  tx: Tx,
  action: { raisedById: number; meetingId: number | null },
  exceptUserId: number | null,
): Promise<number[]> {
  const meeting = action.meetingId
    ? await tx.meeting.findUnique({ where: { id: action.meetingId }, select: { chairId: true } })
    : null;
  const chairs = meeting
    ? [meeting.chairId]
    : (await tx.user.findMany({ where: { role: "CHAIR", disabledAt: null }, select: { id: true } })).map(
        (u) => u.id,
      );
  return [...new Set([action.raisedById, ...chairs])].filter((id) => id !== exceptUserId);
}
