import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LIVE_ACTION_STATUSES } from "@/lib/action-items/rules";

/**
 * The actions closing a meeting carries forward: raised at it or on its agenda, and still open
 * (live, or "not possible" awaiting the chair's review). The close page lists exactly these.
 */
export function carriedActionsWhere(meetingId: number): Prisma.ActionItemWhereInput {
  return {
    AND: [
      { OR: [{ status: { in: [...LIVE_ACTION_STATUSES] } }, { status: "NOT_POSSIBLE", closedAt: null }] },
      { OR: [{ meetingId }, { agendaItems: { some: { meetingId, removedAt: null } } }] },
    ],
  };
}
