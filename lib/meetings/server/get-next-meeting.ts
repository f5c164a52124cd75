import "server-only";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { dbDateInUk } from "@/lib/dates/day";

export type NextMeeting = {
  id: number;
  title: string;
  heldAt: Date;
  location: string;
  /** The meeting's status is its pack's: draft until published, then locked. */
  status: MeetingStatus;
  /** The latest published pack version; 0 while the pack has never been published. */
  packVersion: number;
  publishedAt: Date | null;
  /** Items in the pack, not counting those the analyst removed. */
  itemCount: number;
};

/**
 * The next forum meeting that has not closed: one in session now, else the first held today or
 * later. Null when none is scheduled.
 */
export async function getNextMeeting({
  actor,
  now = new Date(),
}: {
  actor: Actor;
  now?: Date;
}): Promise<NextMeeting | null> {
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
      id: true,
      title: true,
      heldAt: true,
      location: true,
      status: true,
      packVersion: true,
      publishedAt: true,
      _count: { select: { agendaItems: { where: { removedAt: null } } } },
    },
  });
  if (!meeting) return null;
  const { _count, ...fields } = meeting;
  return { ...fields, itemCount: _count.agendaItems };
}
