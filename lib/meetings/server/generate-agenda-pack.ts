import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import type { AgendaItemKind } from "@/lib/generated/prisma/enums";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { Tx } from "@/lib/db/server/prisma";
import { sectionOf } from "@/lib/meetings/item-numbers";
import { SCRUTINY_WHY_LABELS, splitScrutiny } from "@/lib/meetings/scrutiny-rules";
import { loadFlaggedCases } from "@/lib/meetings/server/load-flagged-cases";
import { lockDraftMeeting } from "@/lib/meetings/server/lock-draft-meeting";

type Proposal = { kind: AgendaItemKind; key: string; title: string; offenceId?: number };

export type GeneratedPack = { added: number; proposed: number };

/**
 * Proposes the pack's items, shaped like the meeting (issue 12): ONE table of the new knife-used
 * offences, the flagged cases the scrutiny rule takes one by one (scrutiny-rules.ts) and ONE table of
 * the other flagged cases, ONE review table of open actions, ONE table
 * of referral updates and the threat summary. The tables' rows are computed from the meeting's
 * period when the pack is built, so a regenerate adds only what is new. What the analyst curated
 * (order, notes, removals, promotions, free items) is never touched: an item proposed once, even if
 * removed, is not proposed again. All new items go in in ONE statement.
 */
export async function generateAgendaPack({
  actor,
  meetingId,
}: MeetingOptions & {
  now?: Date;
}): Promise<GeneratedPack> {
  const { entity, prisma } = await requireOn(actor, "meetings.prepare", "meeting", meetingId);
  return prisma.$transaction(
    async (tx) => {
      // Locks the meeting row: a second analyst generating at the same moment waits, then finds
      // these items already there instead of adding them twice.
      const meeting = await lockDraftMeeting(tx, meetingId);
      const proposals = await proposeItems(tx, meeting);
      const existing = await tx.agendaItem.findMany({
        where: { meetingId },
        select: { kind: true, position: true, offenceId: true },
      });
      // An offence already discussed in the pack (promoted, or flagged earlier) is not proposed again under another heading.
      const have = new Set([
        ...existing.map((e) => keyOf(e.kind, e.offenceId)),
        ...existing.filter((e) => e.offenceId != null).map((e) => `offence:${e.offenceId}`),
      ]);
      const last = new Map<AgendaItemKind, number>();
      for (const e of existing)
        last.set(sectionOf(e.kind), Math.max(last.get(sectionOf(e.kind)) ?? 0, e.position));
      const fresh = proposals.filter(
        (p) => !have.has(p.key) && !(p.offenceId != null && have.has(`offence:${p.offenceId}`)),
      );
      const rows = fresh.map((p) => {
        const position = (last.get(sectionOf(p.kind)) ?? 0) + 1;
        last.set(sectionOf(p.kind), position);
        return { kind: p.kind, title: p.title, position, offenceId: p.offenceId ?? null };
      });
      if (rows.length > 0) {
        await tx.$executeRaw`
          INSERT INTO "AgendaItem" ("meetingId", kind, title, position, "offenceId", "updatedAt")
          SELECT ${meetingId}, t.kind::"AgendaItemKind", t.title, t.position, t."offenceId", now()
          FROM json_to_recordset(${JSON.stringify(rows)}::json) AS t(kind text, title text, position int, "offenceId" int)`;
      }
      await writeAuditBy(tx, actor, {
        event: "agenda.generated",
        entity,
        detail: {
          proposed: proposals.length,
          added: fresh.length,
          periodStart: meeting.periodStart.toISOString().slice(0, 10),
        },
      });
      return { added: fresh.length, proposed: proposals.length };
    },
    { timeout: 60_000 },
  );
}

function keyOf(kind: AgendaItemKind, offenceId?: number | null): string {
  return `${kind}:${offenceId ?? ""}`;
}

/**
 * The tables' rows come from the meeting's period when the pack is built (load-pack-tables.ts). Of
 * the flagged cases, only those the scrutiny rule takes one by one are items of their own (with why
 * in the title), in the rule's order; the rest are the "other flagged cases" table.
 */
async function proposeItems(
  tx: Tx,
  meeting: { id: number; heldAt: Date; periodStart: Date },
): Promise<Proposal[]> {
  const { individual } = splitScrutiny(await loadFlaggedCases(tx, meeting), meeting.periodStart);
  const p = (kind: AgendaItemKind, title: string, offenceId?: number): Proposal => ({
    kind,
    title,
    key: keyOf(kind, offenceId),
    offenceId,
  });
  return [
    p("OFFENCE_TABLE", "New knife-used offences since the last meeting"),
    ...individual.map((c) =>
      p("SCRUTINY", `${c.crimeReference} – ${SCRUTINY_WHY_LABELS[c.why]}`, c.offenceId),
    ),
    p("SCRUTINY_TABLE", "Other cases flagged for scrutiny"),
    p("ACTION_REVIEW", "Open actions for review"),
    p("REFERRAL_TABLE", "Referral updates since the last meeting"),
    p("THREAT_SUMMARY", "Threat summary since the last meeting"),
  ];
}
