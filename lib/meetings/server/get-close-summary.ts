import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { ACTION_LINE_SELECT } from "@/lib/meetings/server/meeting-selects";
import type { ActionStatus, MeetingStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { numberAgendaItems } from "@/lib/meetings/item-numbers";
import { meetingDayWarning } from "@/lib/meetings/run-clock";
import { carriedActionsWhere } from "@/lib/meetings/server/carried-actions-where";

export type CloseSummary = {
  id: number;
  title: string;
  heldAt: Date;
  status: MeetingStatus;
  version: number;
  itemCount: number;
  undiscussed: { id: number; number: string; title: string }[];
  carried: {
    id: number;
    title: string;
    owner: string;
    dueOn: Date;
    status: ActionStatus;
    timesCarried: number;
  }[];
  /** Set when the meeting is not dated today: closing then needs the chair's explicit confirmation. */
  dayWarning: string | null;
};

/**
 * What closing would do, for the confirmation page: the items not marked discussed, the open
 * actions that will be carried forward (the same rule closeMeeting applies), and a warning when
 * the meeting is not dated today. For the chair (meetings.run).
 */
export async function getCloseSummary({
  actor,
  meetingId,
  now = new Date(),
}: MeetingOptions & {
  now?: Date;
}): Promise<CloseSummary> {
  await requirePermission(actor, "meetings.run", { entity: { type: "meeting", id: meetingId } });
  const prisma = getPrisma();
  const meeting = await prisma.meeting.findUnique({
    where: { id: meetingId },
    select: {
      id: true,
      title: true,
      heldAt: true,
      status: true,
      version: true,
      agendaItems: {
        where: { removedAt: null },
        select: { id: true, kind: true, position: true, title: true, discussed: true },
      },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  const items = numberAgendaItems(meeting.agendaItems);
  const carried =
    meeting.status === "IN_SESSION"
      ? await prisma.actionItem.findMany({
          where: carriedActionsWhere(meeting.id),
          orderBy: [{ dueOn: "asc" }, { id: "asc" }],
          select: { ...ACTION_LINE_SELECT, timesCarried: true },
        })
      : [];
  return {
    id: meeting.id,
    title: meeting.title,
    heldAt: meeting.heldAt,
    status: meeting.status,
    version: meeting.version,
    itemCount: items.length,
    undiscussed: items
      .filter((i) => !i.discussed)
      .map((i) => ({ id: i.id, number: i.number, title: i.title })),
    carried: carried.map((a) => ({
      id: a.id,
      title: a.title,
      owner: a.owner.name,
      dueOn: a.dueOn,
      status: a.status,
      timesCarried: a.timesCarried,
    })),
    dayWarning: meetingDayWarning(meeting.heldAt, now)?.message ?? null,
  };
}
