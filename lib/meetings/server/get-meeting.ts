import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { MEETING_HEADER_SELECT } from "@/lib/meetings/server/meeting-selects";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { MeetingDetails } from "@/lib/meetings/types";

/** A meeting's header: when, where, who chairs, who is expected and who sent apologies. */
export async function getMeeting({ actor, meetingId }: MeetingOptions): Promise<MeetingDetails> {
  await requirePermission(actor, "meetings.read", { entity: { type: "meeting", id: meetingId } });
  const meeting = await getPrisma().meeting.findUnique({
    where: { id: meetingId },
    select: {
      ...MEETING_HEADER_SELECT,
      periodStart: true,
      publishedAt: true,
      version: true,
      chair: { select: { name: true } },
      deputy: { select: { name: true } },
      attendees: {
        orderBy: { id: "asc" },
        select: { id: true, name: true, organisation: true, status: true },
      },
    },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  return { ...meeting, chair: meeting.chair.name, deputy: meeting.deputy?.name ?? null };
}
