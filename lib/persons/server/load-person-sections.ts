import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/server/prisma";
import { displayName } from "@/lib/persons/rules";
import type {
  PersonActionRow,
  PersonIntelRow,
  PersonMergeRow,
  PersonOffenceRow,
  PersonReferralRow,
} from "@/lib/persons/person-record";
import { offenceCodeRef } from "@/lib/reference/offence-codes";

const ACTION_STATUS_LABELS: Record<string, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  COMPLETED: "Completed",
  NOT_POSSIBLE: "Not possible",
  NOT_DONE: "Not done",
};
const REFERRAL_STATE_LABELS: Record<string, string> = {
  REFERRED: "Referred",
  CONTACTED: "Contacted",
  ENGAGED: "Engaged",
  COMPLETED: "Completed",
  DECLINED: "Declined",
  CLOSED: "Closed",
};

/**
 * The linked sections of a person record, each scoped to what the actor may see: restricted
 * (C-coded) intelligence text only with intel.restricted.read; referrals only with referrals.read;
 * all actions with actions.read, else only the actor's own. Called by get-person-record after the
 * permission and s.62 checks, never on its own.
 */
export async function loadPersonSections({ actor, personId, today }: { actor: Actor; personId: number; today: Date }) {
  const prisma = getPrisma();
  const mayReadRestricted = can(actor.role, "intel.restricted.read");

  const [links, intel, referrals, actions, memberships, merges] = await Promise.all([
    prisma.offencePerson.findMany({
      where: { personId, removedAt: null },
      select: {
        role: true,
        ageAtTime: true,
        offence: { select: { id: true, crimeReference: true, offenceCode: true, occurredOn: true, knifeUsed: true } },
      },
      orderBy: [{ offence: { occurredOn: "desc" } }, { id: "asc" }],
    }),
    can(actor.role, "intel.read")
      ? prisma.intelligencePerson.findMany({
          where: { personId, removedAt: null, item: { withdrawnAt: null } },
          select: {
            item: {
              select: {
                id: true,
                reference: true,
                receivedOn: true,
                sourceEvaluation: true,
                assessment: true,
                handlingCode: true,
                handlingConditions: true,
                text: mayReadRestricted ? true : undefined,
              },
            },
          },
          orderBy: { item: { receivedOn: "desc" } },
          take: 200,
        })
      : null,
    can(actor.role, "referrals.read")
      ? prisma.referral.findMany({
          where: { personId },
          select: { id: true, pathway: true, state: true, referredOn: true, provider: { select: { name: true } } },
          orderBy: { referredOn: "desc" },
        })
      : null,
    prisma.actionItem.findMany({
      where: { personId, ...(can(actor.role, "actions.read") ? {} : { ownerId: actor.id }) },
      select: { id: true, title: true, status: true, dueOn: true, owner: { select: { name: true } } },
      orderBy: { dueOn: "desc" },
      take: 200,
    }),
    prisma.groupMembership.count({ where: { personId, startOn: { lte: today }, OR: [{ endOn: null }, { endOn: { gte: today } }] } }),
    prisma.personMerge.findMany({
      where: { survivorId: personId, reversedAt: null },
      select: { id: true, mergedAt: true, merged: { select: { id: true, surname: true, forenames: true } } },
      orderBy: { id: "desc" },
    }),
  ]);

  const offences: PersonOffenceRow[] = links.map((l) => ({
    offenceId: l.offence.id,
    crimeReference: l.offence.crimeReference,
    offence: offenceCodeRef(l.offence.offenceCode)?.description ?? l.offence.offenceCode,
    occurredOn: l.offence.occurredOn,
    knifeUsed: l.offence.knifeUsed,
    role: l.role,
    ageAtTime: l.ageAtTime,
  }));

  const intelligence: PersonIntelRow[] | null =
    intel?.map(({ item }) => {
      const restricted = item.handlingCode === "C";
      const visible = !restricted || mayReadRestricted;
      return {
        id: item.id,
        reference: item.reference,
        receivedOn: item.receivedOn,
        grading: `${item.sourceEvaluation.slice(1)}${item.assessment}${item.handlingCode}`,
        restricted,
        text: visible ? ((item as { text?: string }).text ?? null) : null,
        handlingConditions: visible ? item.handlingConditions : null,
      };
    }) ?? null;

  const referralRows: PersonReferralRow[] | null =
    referrals?.map((r) => ({
      id: r.id,
      provider: r.provider.name,
      pathway: r.pathway,
      state: REFERRAL_STATE_LABELS[r.state] ?? r.state,
      referredOn: r.referredOn,
    })) ?? null;

  const actionRows: PersonActionRow[] = actions.map((a) => ({
    id: a.id,
    title: a.title,
    status: ACTION_STATUS_LABELS[a.status] ?? a.status,
    dueOn: a.dueOn,
    owner: a.owner.name,
  }));

  const mergedFrom: PersonMergeRow[] = merges.map((m) => ({
    mergeId: m.id,
    otherId: m.merged.id,
    otherName: displayName(m.merged),
    mergedAt: m.mergedAt,
  }));

  return { offences, intelligence, referrals: referralRows, actions: actionRows, activeGroupMemberships: memberships, mergedFrom };
}
