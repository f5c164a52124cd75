import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { todayInUk, ukTimeOf } from "@/lib/dates/day";
import type { MeetingFormOptions } from "@/lib/meetings/types";

/** Who may chair, who may attend (every active case user), and the meeting's current details. */
export async function getMeetingForm({
  actor,
  meetingId,
}: {
  actor: Actor;
  meetingId?: number;
}): Promise<MeetingFormOptions> {
  await requirePermission(actor, "meetings.prepare");
  const prisma = getPrisma();
  const users = await prisma.user.findMany({
    where: { disabledAt: null, role: { not: "ADMIN" } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, role: true, jobTitle: true },
  });
  let saved: MeetingFormOptions["saved"] = null;
  if (meetingId != null) {
    const m = await prisma.meeting.findUnique({
      where: { id: meetingId },
      select: {
        id: true,
        version: true,
        title: true,
        heldAt: true,
        location: true,
        chairId: true,
        deputyId: true,
        attendees: { select: { userId: true, name: true, organisation: true, status: true } },
      },
    });
    if (!m) throw new AppError("NOT_FOUND");
    const listed = m.attendees.filter((a) => a.status !== "ABSENT");
    saved = {
      id: m.id,
      version: m.version,
      title: m.title,
      heldOn: todayInUk(m.heldAt),
      time: ukTimeOf(m.heldAt),
      location: m.location,
      chairId: String(m.chairId),
      deputyId: m.deputyId ? String(m.deputyId) : "",
      attendeeIds: listed.filter((a) => a.userId && a.status !== "APOLOGIES").map((a) => String(a.userId)),
      apologyIds: listed.filter((a) => a.userId && a.status === "APOLOGIES").map((a) => String(a.userId)),
      externalAttendees: listed
        .filter((a) => !a.userId)
        .map((a) => (a.organisation ? `${a.name}, ${a.organisation}` : a.name))
        .join("\n"),
    };
  }
  return {
    chairs: users.filter((u) => u.role === "CHAIR").map(({ id, name }) => ({ id, name })),
    people: users.map(({ id, name, jobTitle }) => ({ id, name, jobTitle })),
    saved,
  };
}
