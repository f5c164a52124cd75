import "server-only";
import { MEETING_HEADER_SELECT } from "@/lib/meetings/server/meeting-selects";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ActorAsOf } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { dbDateInUk } from "@/lib/dates/day";
import type { NextMeeting } from "@/lib/meetings/types";

/**
 * The next forum meeting that has not closed: one in session now, else the first held today or
 * later. Null when none is scheduled.
 */
export async function getNextMeeting({ actor, now = new Date() }: ActorAsOf): Promise<NextMeeting | null> {
  await requirePermission(actor, "meetings.read");
  const meeting = await getPrisma().meeting.findFirst({
    where: {
      OR: [
        { status: "IN_SESSION" },
        { status: { in: ["DRAFT", "PUBLISHED"] }, heldAt: { gte: dbDateInUk(now) } },
      ],
    },
    orderBy: [{ heldAt: "asc" }, { id: "asc" }],
    select: {
      ...MEETING_HEADER_SELECT,
      publishedAt: true,
      _count: { select: { agendaItems: { where: { removedAt: null } } } },
    },
  });
  if (!meeting) return null;
  const { _count, ...fields } = meeting;
  return { ...fields, itemCount: _count.agendaItems };
}
