import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { dbDateInUk } from "@/lib/dates/day";
import type { FourP } from "@/lib/enums";
import { FOUR_PS } from "@/lib/groups/labels";
import { isActiveMembership } from "@/lib/groups/rules";
import { intelligenceAccess } from "@/lib/intelligence/server/intel-access";
import { displayName } from "@/lib/labels/person-name";
import { offenceCodeRef } from "@/lib/reference/offence-codes";
import type { GroupRecord } from "@/lib/groups/types";

/**
 * A group's record for chair and analyst (groups.read): members with role and dates (current
 * first), linked offences, linked intelligence newest first under the one intelligence access rule,
 * and the 4P plan. It names people and shows intelligence, so it is logged as a consultation.
 */
export async function getGroupRecord({
  actor,
  groupId,
  now = new Date(),
}: {
  actor: Actor;
  groupId: number;
  now?: Date;
}): Promise<GroupRecord> {
  const { entity, prisma } = await requireOn(actor, "groups.read", "group", groupId);
  const access = intelligenceAccess(actor);
  const group = await prisma.group.findUnique({
    where: { id: groupId },
    select: {
      id: true,
      name: true,
      type: true,
      description: true,
      active: true,
      npu: { select: { name: true } },
      members: {
        select: {
          id: true,
          version: true,
          role: true,
          startOn: true,
          endOn: true,
          person: { select: { id: true, surname: true, forenames: true } },
        },
        orderBy: [{ startOn: "desc" }, { id: "desc" }],
      },
      offences: {
        where: { removedAt: null },
        select: {
          offence: {
            select: { id: true, crimeReference: true, offenceCode: true, occurredOn: true, knifeUsed: true },
          },
        },
        orderBy: { offence: { occurredOn: "desc" } },
      },
      intelligence: {
        where: { removedAt: null, item: access.exists },
        select: { item: { select: access.select } },
        orderBy: [{ item: { receivedOn: "desc" } }, { item: { id: "desc" } }],
      },
      planLines: {
        select: {
          id: true,
          version: true,
          strand: true,
          description: true,
          ownerId: true,
          owner: { select: { name: true } },
          status: true,
          dueOn: true,
          updatedAt: true,
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
    },
  });
  if (!group) throw new AppError("NOT_FOUND");
  await recordConsultation({
    actor,
    event: "group.viewed",
    entity,
    justification: "Opened the group record",
  });

  const today = dbDateInUk(now);
  const members = group.members
    .map((m) => ({
      id: m.id,
      version: m.version,
      personId: m.person.id,
      name: displayName(m.person),
      role: m.role,
      startOn: m.startOn,
      endOn: m.endOn,
      active: isActiveMembership(m, today),
    }))
    .sort((a, b) => Number(b.active) - Number(a.active));
  const strandOrder = (s: FourP) => FOUR_PS.indexOf(s);

  return {
    id: group.id,
    name: group.name,
    type: group.type,
    npu: group.npu?.name ?? null,
    description: group.description,
    active: group.active,
    members,
    offences: group.offences.map(({ offence: o }) => ({
      offenceId: o.id,
      crimeReference: o.crimeReference,
      offence: offenceCodeRef(o.offenceCode)?.description ?? o.offenceCode,
      occurredOn: o.occurredOn,
      knifeUsed: o.knifeUsed,
    })),
    intelligence: group.intelligence.map(({ item }) => access.redact(item)),
    planLines: group.planLines
      .map((l) => ({
        id: l.id,
        version: l.version,
        strand: l.strand,
        description: l.description,
        ownerId: l.ownerId,
        owner: l.owner.name,
        status: l.status,
        dueOn: l.dueOn,
        updatedAt: l.updatedAt,
      }))
      .sort((a, b) => strandOrder(a.strand) - strandOrder(b.strand)),
  };
}
