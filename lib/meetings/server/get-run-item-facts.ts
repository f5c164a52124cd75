import "server-only";
import type { MeetingOptions } from "@/lib/meetings/meeting-options";
import { ACTION_LINE_SELECT } from "@/lib/meetings/server/meeting-selects";
import { OFFENCE_LINE_SELECT } from "@/lib/offences/server/offence-line-select";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { formatInstantDate } from "@/lib/dates/format";
import { meetingName } from "@/lib/meetings/meeting-document";
import { intelligenceAccess } from "@/lib/intelligence/server/intel-access";
import { PERSON_FLAG_LABELS, personFlags } from "@/lib/persons/rules";
import { ageOn } from "@/lib/dates/day";
import { displayName } from "@/lib/labels/person-name";
import type { RunItemFacts, RunItemPerson } from "@/lib/meetings/types";

const EMPTY: RunItemFacts = {
  offence: null,
  people: [],
  investigation: null,
  intelligence: null,
  referrals: [],
  earlierDecisions: [],
  earlierActions: [],
};

/**
 * The facts the chair needs on an agenda item without leaving the meeting: the case behind it (the
 * item's own offence, or that of the action or referral it reviews), its people with their flags,
 * the investigation, intelligence under THE access rule, referrals, and what earlier meetings
 * decided on it. Viewing them is a consultation (s.62), logged once per view with the meeting as
 * the justification, and each intelligence item shown in full is logged as the record logs it.
 */
export async function getRunItemFacts({
  actor,
  meetingId,
  agendaItemId,
  today = new Date(),
}: MeetingOptions & {
  agendaItemId: number;
  today?: Date;
}): Promise<RunItemFacts> {
  await requirePermission(actor, "meetings.run", { entity: { type: "meeting", id: meetingId } });
  const prisma = getPrisma();
  const item = await prisma.agendaItem.findFirst({
    where: { id: agendaItemId, meetingId, removedAt: null },
    select: {
      offenceId: true,
      personId: true,
      meeting: { select: { heldAt: true } },
      actionItem: { select: { offenceId: true, personId: true } },
      referral: { select: { offenceId: true, personId: true } },
    },
  });
  if (!item) throw new AppError("NOT_FOUND");
  const offenceId = item.offenceId ?? item.actionItem?.offenceId ?? item.referral?.offenceId ?? null;
  const personId = item.personId ?? item.actionItem?.personId ?? item.referral?.personId ?? null;
  if (offenceId == null && personId == null) return EMPTY;
  const mayReadGroups = can(actor.role, "groups.read");
  const access = intelligenceAccess(actor);

  const offence =
    offenceId == null
      ? null
      : await prisma.offence.findUnique({
          where: { id: offenceId },
          select: {
            ...OFFENCE_LINE_SELECT,
            occurredOn: true,
            knifeUsed: true,
            locationText: true,
            investigation: {
              select: {
                status: true,
                nextReviewOn: true,
                flaggedForScrutiny: true,
                scrutinyReason: true,
                flaggedAt: true,
                flaggedById: true,
                oic: { select: { name: true } },
                updates: {
                  orderBy: [{ createdAt: "desc" }, { id: "desc" }],
                  take: 1,
                  select: { createdAt: true, body: true, author: { select: { name: true } } },
                },
              },
            },
            persons: {
              where: { removedAt: null },
              orderBy: { id: "asc" },
              select: { role: true, ageAtTime: true, personId: true },
            },
            referrals: {
              orderBy: { referredOn: "asc" },
              select: {
                id: true,
                pathway: true,
                state: true,
                stateChangedOn: true,
                provider: { select: { name: true } },
                person: { select: { surname: true, forenames: true } },
              },
            },
          },
        });
  const links = offence
    ? offence.persons
    : personId != null
      ? [{ personId, role: null, ageAtTime: null }]
      : [];
  const personIds = [...new Set(links.map((l) => l.personId))];
  const persons = await prisma.person.findMany({
    where: { id: { in: personIds } },
    select: {
      id: true,
      surname: true,
      forenames: true,
      dateOfBirth: true,
      vulnerable: true,
      offences: {
        where: { removedAt: null },
        select: { role: true, offence: { select: { occurredOn: true } } },
      },
      memberships: { where: { OR: [{ endOn: null }, { endOn: { gte: today } }] }, select: { id: true } },
    },
  });
  const byId = new Map(persons.map((p) => [p.id, p]));
  const people: RunItemPerson[] = links.flatMap((link) => {
    const p = byId.get(link.personId);
    if (!p) return [];
    const flags = personFlags({
      dateOfBirth: p.dateOfBirth,
      vulnerable: p.vulnerable,
      appearances: p.offences.map((o) => ({ role: o.role, occurredOn: o.offence.occurredOn })),
      // Group membership is intelligence-derived: only for those who may read groups.
      activeGroupMemberships: mayReadGroups ? p.memberships.length : 0,
      today,
    });
    const age = link.ageAtTime ?? (p.dateOfBirth ? ageOn(p.dateOfBirth, today) : null);
    return [
      {
        personId: p.id,
        name: displayName(p),
        role: link.role ?? p.offences[0]?.role ?? "PERSON_OF_INTEREST",
        age,
        flags: flags.map((f) => PERSON_FLAG_LABELS[f]),
      },
    ];
  });

  let intelligence: RunItemFacts["intelligence"] = null;
  if (access.mayRead) {
    const link =
      offenceId != null
        ? { offences: { some: { offenceId, removedAt: null } } }
        : { persons: { some: { personId: personId!, removedAt: null } } };
    const rows = await prisma.intelligenceItem.findMany({
      where: { AND: [access.exists, link] },
      orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
      take: 200,
      select: access.select,
    });
    const open = rows.filter((r) => r.handlingCode === "P").length;
    const restricted = rows.length - open;
    intelligence = {
      open,
      restricted: access.mayReadRestricted ? restricted : null,
      // The items themselves for those who read every item (the chair); others see the counts.
      items: access.mayReadRestricted ? rows.map(access.redact) : null,
    };
  }

  const caseWhere = offenceId != null ? { offenceId } : { personId: personId! };
  const decisions = await prisma.decision.findMany({
    where: { ...caseWhere, meetingId: { not: meetingId } },
    orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
    take: 20,
    select: { id: true, text: true, rationale: true, meeting: { select: { title: true, heldAt: true } } },
  });
  const actions = await prisma.actionItem.findMany({
    where: { ...caseWhere, OR: [{ meetingId: null }, { meetingId: { not: meetingId } }] },
    orderBy: [{ dueOn: "desc" }, { id: "desc" }],
    take: 20,
    select: { ...ACTION_LINE_SELECT, meeting: { select: { heldAt: true } } },
  });

  const name = meetingName(item.meeting.heldAt);
  await prisma.$transaction(async (tx) => {
    await writeAuditBy(tx, actor, {
      event: offenceId != null ? "offence.viewed" : "person.viewed",
      entity: offenceId != null ? { type: "offence", id: offenceId } : { type: "person", id: personId! },
      justification: `${name}: agenda item ${agendaItemId} in the meeting`,
    });
    for (const entry of intelligence?.items ?? []) {
      await writeAuditBy(tx, actor, {
        event: "intel.viewed",
        entity: { type: "intelligence", id: entry.id },
        justification: `${name}: shown on agenda item ${agendaItemId}`,
      });
    }
  });

  const inv = offence?.investigation ?? null;
  const flagger = inv?.flaggedById
    ? await prisma.user.findUnique({ where: { id: inv.flaggedById }, select: { name: true } })
    : null;
  const update = inv?.updates[0];
  return {
    offence: offence && {
      id: offence.id,
      crimeReference: offence.crimeReference,
      offenceCode: offence.offenceCode,
      offence: offence.offenceType.description,
      occurredOn: offence.occurredOn,
      recordedOn: offence.recordedOn,
      place: [
        offence.locationText,
        offence.hotspot ? `hotspot ${offence.hotspot.name}` : null,
        offence.npu.name,
      ]
        .filter(Boolean)
        .join(", "),
      knifeUsed: offence.knifeUsed,
      knifeRecovered: offence.knifeRecovered,
    },
    people,
    investigation: inv && {
      status: inv.status,
      oic: inv.oic?.name ?? null,
      nextReviewOn: inv.nextReviewOn,
      lastUpdate: update ? { at: update.createdAt, author: update.author.name, body: update.body } : null,
      scrutiny: inv.flaggedForScrutiny
        ? { reason: inv.scrutinyReason ?? "", flaggedBy: flagger?.name ?? null, flaggedAt: inv.flaggedAt }
        : null,
    },
    intelligence,
    referrals: (offence?.referrals ?? []).map((r) => ({
      id: r.id,
      person: displayName(r.person),
      provider: r.provider.name,
      pathway: r.pathway,
      state: r.state,
      stateChangedOn: r.stateChangedOn,
    })),
    earlierDecisions: decisions.map((d) => ({
      id: d.id,
      meeting: `${d.meeting.title}, ${formatInstantDate(d.meeting.heldAt)}`,
      text: d.text,
      rationale: d.rationale,
    })),
    earlierActions: actions.map((a) => ({
      id: a.id,
      meeting: a.meeting ? formatInstantDate(a.meeting.heldAt) : null,
      title: a.title,
      owner: a.owner.name,
      dueOn: a.dueOn,
      status: a.status,
    })),
  };
}
