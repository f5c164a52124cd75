import "server-only";
import { countOffenceIntelligence } from "@/lib/meetings/server/meeting-selects";
import { OFFENCE_LINE_SELECT } from "@/lib/offences/server/offence-line-select";
import type { Tx } from "@/lib/db/server/prisma";
import { getEnv } from "@/lib/env";
import type { ActionFacts, CaseFacts, ReferralFacts } from "@/lib/meetings/pack-types";
import { daysBetween, isEscalated } from "@/lib/meetings/rules";

// The facts the chair needs beside each item, loaded in one query per kind for the whole pack.
// Intelligence counts are split by handling code (countOffenceIntelligence); get-agenda-pack.ts strips
// the C count for those intelligenceAccess(actor) does not let read C items.

const day = (d: Date) => d.toISOString().slice(0, 10);
const name = (p: { forenames: string; surname: string }) => `${p.forenames} ${p.surname}`;

export async function loadCaseFacts(db: Tx, offenceIds: number[]): Promise<Map<number, CaseFacts>> {
  if (offenceIds.length === 0) return new Map();
  const offences = await db.offence.findMany({
    where: { id: { in: offenceIds } },
    select: {
      ...OFFENCE_LINE_SELECT,
      youngestVictimAge: true,
      investigation: {
        select: {
          status: true,
          scrutinyReason: true,
          flaggedForScrutiny: true,
          flaggedById: true,
          oic: { select: { name: true } },
        },
      },
      persons: {
        where: { removedAt: null, role: { in: ["VICTIM", "SUSPECT", "OFFENDER"] } },
        orderBy: { id: "asc" },
        select: { role: true, ageAtTime: true, person: { select: { forenames: true, surname: true } } },
      },
      referrals: {
        orderBy: { referredOn: "asc" },
        select: { state: true, pathway: true, provider: { select: { name: true } } },
      },
    },
  });
  const counts = await countOffenceIntelligence(db, offenceIds);
  const flaggers = [
    ...new Set(offences.map((o) => o.investigation?.flaggedById).filter((x): x is number => x != null)),
  ];
  const flaggedBy = new Map(
    flaggers.length
      ? (await db.user.findMany({ where: { id: { in: flaggers } }, select: { id: true, name: true } })).map(
          (u) => [u.id, u.name],
        )
      : [],
  );
  const person = (p: { ageAtTime: number | null; person: { forenames: string; surname: string } }) =>
    p.ageAtTime == null ? name(p.person) : `${name(p.person)} (${p.ageAtTime})`;
  return new Map(
    offences.map((o): [number, CaseFacts] => [
      o.id,
      {
        offenceId: o.id,
        crimeReference: o.crimeReference,
        offence: o.offenceType.description,
        offenceCode: o.offenceCode,
        recordedOn: day(o.recordedOn),
        npu: o.npu.name,
        hotspot: o.hotspot?.name ?? null,
        youngestVictimAge: o.youngestVictimAge,
        victims: o.persons.filter((p) => p.role === "VICTIM").map(person),
        suspects: o.persons.filter((p) => p.role !== "VICTIM").map(person),
        status: o.investigation?.status ?? null,
        oic: o.investigation?.oic?.name ?? null,
        intelligence: counts.get(o.id) ?? { open: 0, restricted: 0 },
        interventions: o.referrals.map((r) => `${r.provider.name} (${r.pathway}): ${r.state.toLowerCase()}`),
        scrutinyReason: o.investigation?.flaggedForScrutiny ? (o.investigation.scrutinyReason ?? "") : null,
        flaggedBy:
          o.investigation?.flaggedForScrutiny && o.investigation.flaggedById != null
            ? (flaggedBy.get(o.investigation.flaggedById) ?? null)
            : null,
        knifeRecovered: o.knifeRecovered,
      },
    ]),
  );
}

export async function loadActionFacts(db: Tx, ids: number[], today: Date): Promise<Map<number, ActionFacts>> {
  if (ids.length === 0) return new Map();
  const escalationDays = getEnv().ACTION_ESCALATION_DAYS;
  const rows = await db.actionItem.findMany({
    where: { id: { in: ids } },
    select: { id: true, dueOn: true, status: true, timesCarried: true, owner: { select: { name: true } } },
  });
  return new Map(
    rows.map((a): [number, ActionFacts] => {
      const open = a.status === "OPEN" || a.status === "IN_PROGRESS";
      return [
        a.id,
        {
          actionItemId: a.id,
          owner: a.owner.name,
          dueOn: day(a.dueOn),
          status: a.status,
          timesCarried: a.timesCarried,
          daysOverdue: open ? Math.max(0, daysBetween(a.dueOn, today)) : 0,
          escalated: open && isEscalated(a.dueOn, today, escalationDays),
        },
      ];
    }),
  );
}

export async function loadReferralFacts(db: Tx, ids: number[]): Promise<Map<number, ReferralFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db.referral.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      pathway: true,
      state: true,
      stateChangedOn: true,
      provider: { select: { name: true } },
      person: { select: { forenames: true, surname: true } },
      events: {
        where: { note: { not: null } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { note: true },
      },
    },
  });
  return new Map(
    rows.map((r): [number, ReferralFacts] => [
      r.id,
      {
        referralId: r.id,
        person: name(r.person),
        provider: r.provider.name,
        pathway: r.pathway,
        state: r.state,
        stateChangedOn: day(r.stateChangedOn),
        latestNote: r.events[0]?.note ?? null,
      },
    ]),
  );
}
