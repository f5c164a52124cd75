import "server-only";
import { AppError } from "@/lib/errors";
import { formatDay, parseDay, todayInUk, ukStartOfDay, ukTimeOf } from "@/lib/dates/day";
import { conflictFieldErrors } from "@/lib/actions/conflict";
import { lastSavedBy } from "@/lib/audit/server/last-saved-by";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma, type Tx } from "@/lib/db/server/prisma";
import { parseExternalAttendees, type SaveMeetingInput } from "@/lib/meetings/schemas";

/**
 * Schedules a meeting (its period starts at the latest earlier meeting's day) or changes one that
 * has not started. Attendee rows are never deleted: someone taken off the list is marked ABSENT.
 */
export async function saveMeeting({ actor, input }: ActorInput<SaveMeetingInput>): Promise<{ id: number }> {
  await requirePermission(actor, "meetings.prepare", { entity: { type: "meeting", id: input.id ?? "new" } });
  // The schema refuses days that do not exist; checked again here because Date.UTC would roll
  // 2023-02-30 over to 2 March rather than fail.
  const day = parseDay(input.heldOn);
  if (!day)
    throw new AppError("VALIDATION", {
      fieldErrors: { heldOn: ["Date of the meeting must be a real date"] },
    });
  const [hh, mm] = input.time.split(":").map(Number) as [number, number];
  const heldAt = new Date(ukStartOfDay(day).getTime() + (hh * 60 + mm) * 60_000);
  const chairId = Number(input.chairId);
  const deputyId = input.deputyId ? Number(input.deputyId) : null;

  return getPrisma().$transaction(async (tx) => {
    const users = await tx.user.findMany({
      where: {
        id: {
          in: [
            chairId,
            ...(deputyId ? [deputyId] : []),
            ...input.attendeeIds.map(Number),
            ...input.apologyIds.map(Number),
          ],
        },
        disabledAt: null,
      },
      select: { id: true, name: true, role: true, jobTitle: true },
    });
    const byId = new Map(users.map((u) => [u.id, u]));
    if (byId.get(chairId)?.role !== "CHAIR")
      throw new AppError("VALIDATION", { fieldErrors: { chairId: ["Choose the chair from the list"] } });
    if (deputyId && byId.get(deputyId)?.role !== "CHAIR")
      throw new AppError("VALIDATION", { fieldErrors: { deputyId: ["Choose the deputy from the list"] } });
    const fields = { title: input.title, heldAt, location: input.location, chairId, deputyId };

    let meetingId: number;
    if (input.id == null) {
      const previous = await tx.meeting.findFirst({
        where: { heldAt: { lt: heldAt } },
        orderBy: { heldAt: "desc" },
        select: { heldAt: true },
      });
      const periodStart = previous ? new Date(previous.heldAt.toISOString().slice(0, 10)) : null;
      const created = await tx.meeting.create({ data: { ...fields, periodStart }, select: { id: true } });
      meetingId = created.id;
      await writeAuditBy(tx, actor, {
        event: "meeting.created",
        entity: { type: "meeting", id: meetingId },
        after: { ...fields, heldAt: heldAt.toISOString() },
      });
    } else {
      meetingId = input.id;
      const before = await tx.meeting.findUnique({
        where: { id: meetingId },
        select: { title: true, heldAt: true, location: true, chairId: true, deputyId: true, status: true },
      });
      if (!before) throw new AppError("NOT_FOUND");
      if (before.status === "IN_SESSION" || before.status === "CLOSED")
        throw new AppError("CONFLICT", {
          message: "The meeting has started: its details can no longer change.",
        });
      const updated = await tx.meeting.updateMany({
        where: { id: meetingId, version: input.version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (updated.count === 0) throw await meetingConflict(tx, meetingId, input, byId);
      await writeAuditBy(tx, actor, {
        event: "meeting.updated",
        entity: { type: "meeting", id: meetingId },
        before: { ...before, heldAt: before.heldAt.toISOString() },
        after: { ...fields, heldAt: heldAt.toISOString(), status: before.status },
      });
    }
    await saveAttendees(tx, meetingId, input, byId);
    return { id: meetingId };
  });
}

type UserRow = { id: number; name: string; jobTitle: string | null };

/** CONFLICT with the saved details beside what this editor typed, field by field. */
async function meetingConflict(
  tx: Tx,
  meetingId: number,
  input: SaveMeetingInput,
  users: Map<number, UserRow>,
): Promise<AppError> {
  const saved = await tx.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    select: {
      title: true,
      heldAt: true,
      location: true,
      chair: { select: { name: true } },
      deputy: { select: { name: true } },
    },
  });
  const name = (id: string) => (id ? (users.get(Number(id))?.name ?? "") : "");
  const time = input.time.trim().padStart(5, "0");
  const fields = conflictFieldErrors(
    "meeting",
    {
      title: { label: "Title", mine: input.title, saved: saved.title },
      heldOn: { label: "Date", mine: formatDay(input.heldOn), saved: formatDay(todayInUk(saved.heldAt)) },
      time: { label: "Start time", mine: time, saved: ukTimeOf(saved.heldAt) },
      location: { label: "Location", mine: input.location, saved: saved.location ?? "" },
      chairId: { label: "Chair", mine: name(input.chairId), saved: saved.chair.name },
      deputyId: { label: "Deputy", mine: name(input.deputyId), saved: saved.deputy?.name ?? "" },
    },
    await lastSavedBy(tx, "meeting", meetingId),
  );
  return new AppError("CONFLICT", { fieldErrors: fields });
}

async function saveAttendees(
  tx: Tx,
  meetingId: number,
  input: SaveMeetingInput,
  users: Map<number, UserRow>,
) {
  const apologies = new Set(input.apologyIds.map(Number));
  const wanted = [
    ...[...new Set([...input.attendeeIds.map(Number), ...apologies])]
      .filter((id) => users.has(id))
      .map((id) => ({
        userId: id as number | null,
        name: users.get(id)!.name,
        organisation: "West Midlands Police",
        status: apologies.has(id) ? ("APOLOGIES" as const) : ("EXPECTED" as const),
      })),
    ...parseExternalAttendees(input.externalAttendees).map((a) => ({
      userId: null,
      ...a,
      status: "EXPECTED" as const,
    })),
  ];
  const existing = await tx.meetingAttendee.findMany({
    where: { meetingId },
    select: { id: true, userId: true, name: true, organisation: true },
  });
  const key = (a: { userId: number | null; name: string; organisation: string }) =>
    a.userId ? `u${a.userId}` : `x${a.name}|${a.organisation}`;
  const current = new Map(existing.map((a) => [key(a), a]));
  const keep = new Set<number>();
  for (const w of wanted) {
    const found = current.get(key(w));
    if (found) {
      keep.add(found.id);
      await tx.meetingAttendee.update({
        where: { id: found.id },
        data: { status: w.status, version: { increment: 1 } },
      });
    } else {
      await tx.meetingAttendee.create({ data: { meetingId, ...w } });
    }
  }
  const dropped = existing.filter((a) => !keep.has(a.id)).map((a) => a.id);
  if (dropped.length)
    await tx.meetingAttendee.updateMany({
      where: { id: { in: dropped } },
      data: { status: "ABSENT", version: { increment: 1 } },
    });
}
