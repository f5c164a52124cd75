import "server-only";
import { AppError } from "@/lib/errors";
import type { Db } from "@/lib/db/server/prisma";

export type ItemInSession = {
  id: number;
  meetingId: number;
  offenceId: number | null;
  personId: number | null;
};

/**
 * The agenda item a decision or action is recorded on, with the case and person it carries:
 * NOT_FOUND when it does not exist or was removed from the pack, VALIDATION (with `notInSession`
 * as the message) unless its meeting is in session.
 * It lives with the decisions, not the meetings: a decision and an action raised from it are both
 * recorded on the item in session, and lib/meetings imports the action rules (lib/action-items),
 * so a home in lib/meetings made action-items and meetings import each other.
 */
export async function agendaItemInSession(
  db: Pick<Db, "agendaItem">,
  agendaItemId: number,
  notInSession: string,
): Promise<ItemInSession> {
  const item = await db.agendaItem.findUnique({
    where: { id: agendaItemId },
    select: {
      id: true,
      meetingId: true,
      offenceId: true,
      personId: true,
      removedAt: true,
      meeting: { select: { status: true } },
    },
  });
  if (!item || item.removedAt) throw new AppError("NOT_FOUND");
  if (item.meeting.status !== "IN_SESSION")
    throw new AppError("VALIDATION", { fieldErrors: { _form: [notInSession] } });
  return { id: item.id, meetingId: item.meetingId, offenceId: item.offenceId, personId: item.personId };
}
