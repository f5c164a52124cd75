import "server-only";
import { MEETING_HEADER_SELECT } from "@/lib/meetings/server/meeting-selects";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { pageWindow, type Paged } from "@/lib/pagination";

export type MeetingListRow = {
  id: number;
  title: string;
  heldAt: Date;
  location: string;
  status: MeetingStatus;
  chair: string;
  packVersion: number;
  itemCount: number;
};

/** Forum meetings, latest first, a page at a time. */
export async function listMeetings({
  actor,
  page,
}: {
  actor: Actor;
  page: number;
}): Promise<Paged<MeetingListRow>> {
  await requirePermission(actor, "meetings.read");
  const prisma = getPrisma();
  const total = await prisma.meeting.count();
  const w = pageWindow(page, total);
  const rows = await prisma.meeting.findMany({
    orderBy: [{ heldAt: "desc" }, { id: "desc" }],
    skip: w.skip,
    take: w.take,
    select: {
      ...MEETING_HEADER_SELECT,
      chair: { select: { name: true } },
      _count: { select: { agendaItems: { where: { removedAt: null } } } },
    },
  });
  return {
    items: rows.map(({ chair, _count, ...m }) => ({
      ...m,
      chair: chair.name,
      itemCount: _count.agendaItems,
    })),
    total,
    page: w.page,
    pageSize: w.take,
    totalPages: w.totalPages,
  };
}
