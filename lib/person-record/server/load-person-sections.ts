import "server-only";
import { ACTION_STATUS_LABELS } from "@/lib/labels/action-status";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { atMost, PER_REQUEST_CONNECTIONS } from "@/lib/db/at-most";
import { getPrisma } from "@/lib/db/server/prisma";
import { displayName } from "@/lib/labels/person-name";
import type {
  PersonActionRow,
  PersonIntelligence,
  PersonMergeRow,
  PersonOffenceRow,
  PersonReferralRow,
} from "@/lib/person-record/person-record";
import { offenceCodeRef } from "@/lib/reference/offence-codes";
import { listLinkedIntelligence } from "@/lib/intelligence/server/list-linked-intelligence";
import { REFERRAL_STATE_LABELS } from "@/lib/labels/referral-state";
import { referralAccess } from "@/lib/auth/server/referral-access";

/**
 * The linked sections of a person record, each scoped to what the actor may see: intelligence
 * under the one intelligence access rule (restricted items only as a notice without intel.restricted.read); referrals under
 * the referral-visibility rule;
 * all actions with actions.read, else only the actor's own. Called by get-person-record after the
 * permission and s.62 checks, never on its own.
 */
export async function loadPersonSections({
  actor,
  personId,
  today,
}: {
  actor: Actor;
  personId: number;
  today: Date;
}) {
  const prisma = getPrisma();

  const [links, intel, referrals, actions, memberships, merges] = await atMost(PER_REQUEST_CONNECTIONS, [
    () =>
      prisma.offencePerson.findMany({
        where: { personId, removedAt: null },
        select: {
          role: true,
          ageAtTime: true,
          offence: {
            select: { id: true, crimeReference: true, offenceCode: true, occurredOn: true, knifeUsed: true },
          },
        },
        orderBy: [{ offence: { occurredOn: "desc" } }, { id: "asc" }],
      }),
    () => (can(actor.role, "intel.read") ? listLinkedIntelligence({ actor, to: { personId } }) : null),
    // The one referral-visibility rule (issue 13.10): investigators see the referrals they made.
    () =>
      can(actor.role, "referrals.read") || can(actor.role, "referrals.create")
        ? prisma.referral.findMany({
            where: { AND: [{ personId }, referralAccess(actor).where] },
            select: {
              id: true,
              pathway: true,
              state: true,
              referredOn: true,
              provider: { select: { name: true } },
            },
            orderBy: { referredOn: "desc" },
          })
        : null,
    () =>
      prisma.actionItem.findMany({
        where: { personId, ...(can(actor.role, "actions.read") ? {} : { ownerId: actor.id }) },
        select: { id: true, title: true, status: true, dueOn: true, owner: { select: { name: true } } },
        orderBy: { dueOn: "desc" },
        take: 200,
      }),
    // Groups are closed to roles without groups.read (investigators): not even "Group member" (issue 13.11).
    () =>
      can(actor.role, "groups.read")
        ? prisma.groupMembership.count({
            where: { personId, startOn: { lte: today }, OR: [{ endOn: null }, { endOn: { gte: today } }] },
          })
        : null,
    () =>
      prisma.personMerge.findMany({
        where: { survivorId: personId, reversedAt: null },
        select: {
          id: true,
          mergedAt: true,
          merged: { select: { id: true, surname: true, forenames: true } },
        },
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

  const intelligence: PersonIntelligence | null = intel;

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
    status: ACTION_STATUS_LABELS[a.status],
    dueOn: a.dueOn,
    owner: a.owner.name,
  }));

  const mergedFrom: PersonMergeRow[] = merges.map((m) => ({
    mergeId: m.id,
    otherId: m.merged.id,
    otherName: displayName(m.merged),
    mergedAt: m.mergedAt,
  }));

  return {
    offences,
    intelligence,
    referrals: referralRows,
    actions: actionRows,
    activeGroupMemberships: memberships,
    mergedFrom,
  };
}
