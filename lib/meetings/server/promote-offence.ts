import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { Tx } from "@/lib/db/server/prisma";
import {
  ALREADY_PROMOTED_MESSAGE,
  MEETING_CHANGED_MESSAGE,
  NOT_IN_SESSION_MESSAGE,
} from "@/lib/meetings/messages";
import { numberAgendaItems, sectionOf } from "@/lib/meetings/item-numbers";
import { lockDraftMeeting } from "@/lib/meetings/server/lock-draft-meeting";

/** The sections an offence can be promoted into, from the table item of each. */
export type PromoteSection = "NEW_OFFENCE" | "SCRUTINY";

type Promoted = { id: number; number: string };

/**
 * Promotes one offence from the new-offences table (or the other flagged cases) to a discussion
 * item of its own, at the end of that section. An offence has at most one item in a pack:
 * promoting it again (two clicks, two tabs, two analysts) is refused with the item's number, and
 * nothing is duplicated — the meeting row lock makes the check and the insert one step.
 */
export async function promoteOffence({
  actor,
  meetingId,
  offenceId,
  section = "NEW_OFFENCE",
}: {
  actor: Actor;
  meetingId: number;
  offenceId: number;
  section?: PromoteSection;
}): Promise<Promoted> {
  const { prisma } = await requireOn(actor, "meetings.prepare", "meeting", meetingId);
  return prisma.$transaction(async (tx) => {
    await lockDraftMeeting(tx, meetingId);
    return insertPromoted(tx, actor, { meetingId, offenceId, section, inSession: false });
  });
}

/**
 * The chair promotes an offence while the meeting runs (issue 12): the same one item per offence,
 * numbered after the section's items, audited. Only while the meeting is in session, and only from
 * the meeting as the chair's screen last saw it (its version: closing or editing the meeting changes
 * it), so a stale screen is told, not obeyed. Promoting leaves that version alone, so the chair can
 * promote several offences in a row.
 */
export async function promoteOffenceInSession({
  actor,
  meetingId,
  offenceId,
  tableItemId,
  version,
}: MeetingOptions & {
  offenceId: number;
  tableItemId: number;
  version: number;
}): Promise<Promoted> {
  const { prisma } = await requireOn(actor, "meetings.run", "meeting", meetingId);
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string; version: number }[]>`
      SELECT status::text AS status, version FROM "Meeting" WHERE id = ${meetingId} FOR UPDATE`;
    const meeting = rows[0];
    if (!meeting) throw new AppError("NOT_FOUND");
    if (meeting.status !== "IN_SESSION") throw new AppError("CONFLICT", { message: NOT_IN_SESSION_MESSAGE });
    if (meeting.version !== version)
      throw new AppError("CONFLICT", {
        message: MEETING_CHANGED_MESSAGE,
        detail: { version: meeting.version },
      });
    const table = await tx.agendaItem.findFirst({
      where: {
        id: tableItemId,
        meetingId,
        removedAt: null,
        kind: { in: ["OFFENCE_TABLE", "SCRUTINY_TABLE"] },
      },
      select: { kind: true },
    });
    if (!table) throw new AppError("NOT_FOUND");
    const section: PromoteSection = table.kind === "SCRUTINY_TABLE" ? "SCRUTINY" : "NEW_OFFENCE";
    return insertPromoted(tx, actor, { meetingId, offenceId, section, inSession: true });
  });
}

async function insertPromoted(
  tx: Tx,
  actor: Actor,
  input: { meetingId: number; offenceId: number; section: PromoteSection; inSession: boolean },
): Promise<Promoted> {
  const { meetingId, offenceId, section, inSession } = input;
  const offence = await tx.offence.findUnique({
    where: { id: offenceId },
    select: {
      crimeReference: true,
      offenceType: { select: { description: true } },
      npu: { select: { name: true } },
      investigation: { select: { flaggedForScrutiny: true } },
    },
  });
  if (!offence) throw new AppError("NOT_FOUND");
  if (section === "SCRUTINY" && !offence.investigation?.flaggedForScrutiny)
    throw new AppError("VALIDATION", { message: "This case is not flagged for scrutiny." });
  const items = await tx.agendaItem.findMany({
    where: { meetingId },
    select: { id: true, kind: true, position: true, removedAt: true, offenceId: true },
  });
  const already = items.find((i) => i.offenceId === offenceId);
  if (already) {
    const number = numberAgendaItems(items).find((i) => i.id === already.id)?.number;
    throw new AppError("VALIDATION", {
      message: number
        ? `${ALREADY_PROMOTED_MESSAGE} (item ${number}).`
        : `${ALREADY_PROMOTED_MESSAGE}, but it was removed: restore it from “Removed items”.`,
    });
  }
  const position =
    Math.max(0, ...items.filter((i) => sectionOf(i.kind) === section).map((i) => i.position)) + 1;
  const title =
    section === "SCRUTINY"
      ? `${offence.crimeReference} – flagged for scrutiny (promoted)`
      : `${offence.crimeReference} – ${offence.offenceType.description}, ${offence.npu.name}`;
  const item = await tx.agendaItem.create({
    data: { meetingId, kind: section, title, position, offenceId },
    select: { id: true, kind: true, position: true },
  });
  await writeAuditBy(tx, actor, {
    event: "agenda.item-promoted",
    entity: { type: "agenda-item", id: item.id },
    after: { meetingId, offenceId, title, section, inSession },
  });
  const number = numberAgendaItems([...items, { ...item, removedAt: null, offenceId }]).find(
    (i) => i.id === item.id,
  )!.number;
  return { id: item.id, number };
}
