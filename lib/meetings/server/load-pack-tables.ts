import "server-only";
import { ACTION_LINE_SELECT, countOffenceIntelligence } from "@/lib/meetings/server/meeting-selects";
import { OFFENCE_LINE_SELECT } from "@/lib/offences/server/offence-line-select";
import type { Tx } from "@/lib/db/server/prisma";
import { actionRag } from "@/lib/action-items/rules";
import { todayInUk } from "@/lib/dates/day";
import { getEnv } from "@/lib/env";
import type { ActionRow, OffenceRow, ReferralFacts } from "@/lib/meetings/pack-types";
import { compareNewOffences, compareOpenActions, isEscalated, isPriorityOffence } from "@/lib/meetings/rules";
import { loadReferralFacts } from "@/lib/meetings/server/load-pack-facts";

// The rows of the pack's three table items (issue 12), computed from the meeting's period each time
// a draft is built and frozen in the snapshot when it is published. One query per table (plus one
// for intelligence counts): a national month is a few thousand offences, not a few thousand items.

const day = (d: Date) => d.toISOString().slice(0, 10);

/** Where the generator and the table agree on "new": knife used, recorded from the last meeting's day up to (not including) this one's. */
export const newOffenceWhere = (periodStart: Date, meetingDay: Date) => ({
  knifeUsed: true,
  recordedOn: { gte: periodStart, lt: meetingDay },
});

/** Open actions due by the meeting, carried, or awaiting the chair's review of "not possible". */
export const openActionWhere = (meetingDay: Date) => {
  const live = { status: { in: ["OPEN" as const, "IN_PROGRESS" as const] } };
  return {
    OR: [
      { ...live, dueOn: { lte: meetingDay } },
      { ...live, timesCarried: { gt: 0 } },
      { status: "NOT_POSSIBLE" as const, closedAt: null },
    ],
  };
};

export async function loadOffenceTable(
  db: Tx,
  periodStart: Date,
  meetingDay: Date,
  promoted: Map<number, string>,
): Promise<OffenceRow[]> {
  const offences = await db.offence.findMany({
    where: newOffenceWhere(periodStart, meetingDay),
    select: {
      ...OFFENCE_LINE_SELECT,
      youngestVictimAge: true,
      investigation: { select: { status: true, oic: { select: { name: true } } } },
      referrals: {
        orderBy: { referredOn: "asc" },
        select: { state: true, provider: { select: { name: true } } },
      },
    },
  });
  const counts = await countOffenceIntelligence(
    db,
    offences.map((o) => o.id),
  );
  return offences.sort(compareNewOffences).map((o) => ({
    offenceId: o.id,
    crimeReference: o.crimeReference,
    recordedOn: day(o.recordedOn),
    offence: o.offenceType.description,
    offenceCode: o.offenceCode,
    npu: o.npu.name,
    hotspot: o.hotspot?.name ?? null,
    youngestVictimAge: o.youngestVictimAge,
    knifeRecovered: o.knifeRecovered,
    oic: o.investigation?.oic?.name ?? null,
    status: o.investigation?.status ?? null,
    intelligence: counts.get(o.id) ?? { open: 0, restricted: 0 },
    referrals: o.referrals.map((r) => `${r.provider.name}: ${r.state.toLowerCase()}`),
    priority: isPriorityOffence(o),
    promotedAs: promoted.get(o.id) ?? null,
  }));
}

export async function loadActionReview(db: Tx, meetingDay: Date, today: Date): Promise<ActionRow[]> {
  const escalationDays = getEnv().ACTION_ESCALATION_DAYS;
  const rows = await db.actionItem.findMany({
    where: openActionWhere(meetingDay),
    select: {
      ...ACTION_LINE_SELECT,
      timesCarried: true,
      version: true,
      updates: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { note: true, createdAt: true },
      },
    },
  });
  const calendarToday = todayInUk(today);
  return rows
    .sort((a, b) => compareOpenActions(today, a, b))
    .map((a) => {
      const live = a.status === "OPEN" || a.status === "IN_PROGRESS";
      const last = a.updates[0];
      return {
        actionItemId: a.id,
        title: a.title,
        owner: a.owner.name,
        dueOn: day(a.dueOn),
        status: a.status,
        rag: actionRag(a, calendarToday),
        timesCarried: a.timesCarried,
        escalated: live && isEscalated(a.dueOn, today, escalationDays),
        lastProgress: last ? { on: day(last.createdAt), note: last.note } : null,
        version: a.version,
      };
    });
}

export async function loadReferralTable(
  db: Tx,
  periodStart: Date,
  meetingDay: Date,
): Promise<ReferralFacts[]> {
  const ids = await db.referral.findMany({
    where: { stateChangedOn: { gte: periodStart, lt: meetingDay } },
    orderBy: [{ stateChangedOn: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const facts = await loadReferralFacts(
    db,
    ids.map((r) => r.id),
  );
  return ids.map((r) => facts.get(r.id)).filter((r): r is ReferralFacts => r != null);
}
