import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateInUk } from "@/lib/dates/day";
import type { AgendaPack, PackItem } from "@/lib/meetings/pack-types";
import { numberAgendaItems } from "@/lib/meetings/item-numbers";
import { loadActionReview } from "@/lib/meetings/server/load-pack-tables";

/**
 * A table item as the chair runs it (issue 12): the rows of the published pack the forum reads,
 * except the action review, whose rows are live so the chair reviews each action in place. Null
 * for an item that is not a table. For the chair (meetings.run), who reads all case data.
 */
export async function getRunItemTable({
  actor,
  meetingId,
  itemId,
  now = new Date(),
}: MeetingOptions & {
  itemId: number;
  now?: Date;
}): Promise<PackItem | null> {
  await requirePermission(actor, "meetings.run", { entity: { type: "meeting", id: meetingId } });
  const prisma = getPrisma();
  const meeting = await prisma.meeting.findUnique({
    where: { id: meetingId },
    select: { heldAt: true, packVersion: true },
  });
  if (!meeting) throw new AppError("NOT_FOUND");
  const item = await prisma.agendaItem.findFirst({
    where: { id: itemId, meetingId },
    select: { kind: true },
  });
  if (!item || !["OFFENCE_TABLE", "ACTION_REVIEW", "REFERRAL_TABLE", "SCRUTINY_TABLE"].includes(item.kind))
    return null;
  const version = await prisma.agendaPackVersion.findFirst({
    where: { meetingId, versionNumber: meeting.packVersion },
    select: { snapshot: true },
  });
  const snapshot = version?.snapshot as unknown as AgendaPack | undefined;
  const frozen = snapshot?.sections.flatMap((s) => s.items).find((i) => i.id === itemId);
  if (!frozen) return null;
  if (frozen.facts.kind === "offence-table" || frozen.facts.kind === "scrutiny-table") {
    // The rows are the published pack's; which of them have an item of their own is live, since
    // the chair promotes during the meeting.
    const all = await prisma.agendaItem.findMany({
      where: { meetingId },
      select: { id: true, kind: true, position: true, removedAt: true, offenceId: true },
    });
    const promoted = new Map(numberAgendaItems(all).map((i) => [i.offenceId, i.number]));
    const withItems = <R extends { offenceId: number; promotedAs: string | null }>(rows: R[]) =>
      rows.map((r) => ({ ...r, promotedAs: promoted.get(r.offenceId) ?? null }));
    return frozen.facts.kind === "offence-table"
      ? { ...frozen, facts: { kind: "offence-table", rows: withItems(frozen.facts.rows) } }
      : { ...frozen, facts: { kind: "scrutiny-table", rows: withItems(frozen.facts.rows) } };
  }
  if (item.kind !== "ACTION_REVIEW") return frozen;
  const rows = await loadActionReview(prisma, dbDateInUk(meeting.heldAt), dbDateInUk(now));
  return { ...frozen, facts: { kind: "action-table", rows } };
}
