import "server-only";
import type { AgendaItemKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma, type Tx } from "@/lib/db/server/prisma";
import { asDbDate, ukDate } from "@/lib/dashboard/rules";
import { getEnv } from "@/lib/env";
import { formatDate } from "@/lib/format/dates";
import { compareNewOffences, compareOpenActions, isEscalated } from "@/lib/meetings/rules";
import { lockDraftMeeting } from "@/lib/meetings/server/lock-draft-meeting";

type Proposal = { kind: AgendaItemKind; key: string; title: string; offenceId?: number; actionItemId?: number; referralId?: number };

export type GeneratedPack = { added: number; proposed: number };

/**
 * Proposes the pack's items from what happened since the last meeting and adds those not already
 * in it. What the analyst curated (order, notes, removals, free items) is never touched: an item
 * already proposed once, even if removed, is not proposed again.
 */
export async function generateAgendaPack({ actor, meetingId, now = new Date() }: { actor: Actor; meetingId: number; now?: Date }): Promise<GeneratedPack> {
  const entity = { type: "meeting", id: meetingId };
  await requirePermission(actor, "meetings.prepare", { entity });
  return getPrisma().$transaction(
    async (tx) => {
      // Locks the meeting row: a second analyst generating at the same moment waits, then finds
      // these items already there instead of adding them twice.
      const meeting = await lockDraftMeeting(tx, meetingId);
      const proposals = await proposeItems(tx, meeting, asDbDate(ukDate(now)));
      const existing = await tx.agendaItem.findMany({
        where: { meetingId },
        select: { kind: true, position: true, offenceId: true, actionItemId: true, referralId: true },
      });
      const have = new Set(existing.map((e) => keyOf(e.kind, e)));
      const last = new Map<AgendaItemKind, number>();
      for (const e of existing) last.set(e.kind, Math.max(last.get(e.kind) ?? 0, e.position));
      const fresh = proposals.filter((p) => !have.has(p.key));
      if (fresh.length > 0) {
        await tx.agendaItem.createMany({
          data: fresh.map((p) => {
            const position = (last.get(p.kind) ?? 0) + 1;
            last.set(p.kind, position);
            return { meetingId, kind: p.kind, title: p.title, position, offenceId: p.offenceId, actionItemId: p.actionItemId, referralId: p.referralId };
          }),
        });
      }
      await writeAudit(tx, {
        event: "agenda.generated",
        actor: auditActorOf(actor),
        entity,
        detail: { proposed: proposals.length, added: fresh.length, periodStart: meeting.periodStart.toISOString().slice(0, 10) },
      });
      return { added: fresh.length, proposed: proposals.length };
    },
    { timeout: 60_000 },
  );
}

function keyOf(kind: AgendaItemKind, ref: { offenceId?: number | null; actionItemId?: number | null; referralId?: number | null }): string {
  return `${kind}:${ref.offenceId ?? ""}:${ref.actionItemId ?? ""}:${ref.referralId ?? ""}`;
}

function proposal(kind: AgendaItemKind, title: string, ref: { offenceId?: number; actionItemId?: number; referralId?: number } = {}): Proposal {
  return { kind, title, key: keyOf(kind, ref), ...ref };
}

async function proposeItems(tx: Tx, meeting: { periodStart: Date; meetingDay: Date }, today: Date): Promise<Proposal[]> {
  const { periodStart, meetingDay } = meeting;
  const escalationDays = getEnv().ACTION_ESCALATION_DAYS;
  // One query at a time: a transaction's connection cannot run two at once.
  // Counted by recorded date, from the last meeting's day up to (not including) this meeting's.
  const offences = await tx.offence.findMany({
    where: { knifeUsed: true, recordedOn: { gte: periodStart, lt: meetingDay } },
    select: { id: true, crimeReference: true, offenceCode: true, youngestVictimAge: true, recordedOn: true, offenceType: { select: { description: true } }, npu: { select: { name: true } } },
  });
  const flagged = await tx.investigation.findMany({
    where: { flaggedForScrutiny: true },
    orderBy: [{ flaggedAt: "asc" }, { id: "asc" }],
    select: { offenceId: true, scrutinyReason: true, offence: { select: { crimeReference: true } } },
  });
  // Open actions due by the meeting, any already carried forward, and any awaiting the chair's
  // review of "not possible" (isOpenAction in lib/action-items/rules.ts).
  const live = { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } };
  const actions = await tx.actionItem.findMany({
    where: { OR: [{ ...live, dueOn: { lte: meetingDay } }, { ...live, timesCarried: { gt: 0 } }, { status: "NOT_POSSIBLE", closedAt: null }] },
    select: { id: true, title: true, dueOn: true, status: true },
  });
  const referrals = await tx.referral.findMany({
    where: { stateChangedOn: { gte: periodStart, lt: meetingDay } },
    orderBy: [{ stateChangedOn: "asc" }, { id: "asc" }],
    select: { id: true, state: true, provider: { select: { name: true } }, person: { select: { forenames: true, surname: true } } },
  });
  return [
    ...offences.sort(compareNewOffences).map((o) => proposal("NEW_OFFENCE", `${o.crimeReference} – ${o.offenceType.description}, ${o.npu.name}`, { offenceId: o.id })),
    ...flagged.map((i) => proposal("SCRUTINY", `${i.offence.crimeReference} – flagged for scrutiny`, { offenceId: i.offenceId })),
    ...actions
      .sort((a, b) => compareOpenActions(today, a, b))
      .map((a) => {
        const prefix =
          a.status === "NOT_POSSIBLE" ? "For review (not possible): " : isEscalated(a.dueOn, today, escalationDays) ? "Escalated: " : a.dueOn < today ? "Overdue: " : "";
        return proposal("OPEN_ACTION", `${prefix}${a.title} (due ${formatDate(a.dueOn)})`, { actionItemId: a.id });
      }),
    ...referrals.map((r) => proposal("REFERRAL_UPDATE", `${r.provider.name}: ${r.person.forenames} ${r.person.surname} – ${r.state.toLowerCase()}`, { referralId: r.id })),
    proposal("THREAT_SUMMARY", "Threat summary since the last meeting"),
  ];
}
