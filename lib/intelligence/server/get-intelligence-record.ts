import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/labels/role";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { getPrisma } from "@/lib/db/server/prisma";
import type { IntelligenceRecord } from "@/lib/intelligence/intel-dto";
import { formatGrading } from "@/lib/intelligence/rules";
import { intelligenceAccess } from "@/lib/intelligence/server/intel-access";
import { displayName } from "@/lib/labels/person-name";

/**
 * One intelligence item, opened: a logged consultation (s.62). Under the access rule an
 * investigator opening a C-coded item gets only the marker (that it exists, who submitted it) —
 * its history and links are not even read. Partners and administrators are refused (and audited).
 */
export async function getIntelligenceRecord({
  actor,
  itemId,
}: {
  actor: Actor;
  itemId: number;
}): Promise<IntelligenceRecord> {
  const entity = { type: "intelligence", id: itemId };
  await requirePermission(actor, "intel.read", { entity });
  const access = intelligenceAccess(actor);
  const prisma = getPrisma();
  const row = await prisma.intelligenceItem.findFirst({
    where: { AND: [{ id: itemId }, access.exists] },
    select: {
      ...access.select,
      version: true,
      reviewOn: true,
      submittedBy: { select: { name: true, role: true } },
    },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const item = access.redact(row);
  if (item.restricted) {
    await recordConsultation({
      actor,
      event: "intel.viewed",
      entity,
      justification: "Opened the intelligence record (restricted: marker only)",
    });
    return { restricted: true, item, submittedByRole: ROLE_LABELS[row.submittedBy.role] };
  }
  await recordConsultation({
    actor,
    event: "intel.viewed",
    entity,
    justification: "Opened the intelligence record",
  });

  const mayReadGroups = can(actor.role, "groups.read");
  const [history, persons, offences, groups] = await Promise.all([
    prisma.intelligenceGrading.findMany({
      where: { itemId },
      orderBy: [{ gradedAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        sourceEvaluation: true,
        assessment: true,
        handlingCode: true,
        handlingConditions: true,
        reason: true,
        gradedAt: true,
        gradedBy: { select: { name: true } },
      },
    }),
    prisma.intelligencePerson.findMany({
      where: { itemId, removedAt: null },
      orderBy: { linkedAt: "asc" },
      select: { person: { select: { id: true, surname: true, forenames: true } } },
    }),
    prisma.intelligenceOffence.findMany({
      where: { itemId, removedAt: null },
      orderBy: { linkedAt: "asc" },
      select: { offence: { select: { id: true, crimeReference: true } } },
    }),
    mayReadGroups
      ? prisma.intelligenceGroup.findMany({
          where: { itemId, removedAt: null },
          orderBy: { linkedAt: "asc" },
          select: { group: { select: { id: true, name: true } } },
        })
      : null,
  ]);
  return {
    restricted: false,
    item,
    version: row.version,
    reviewOn: row.reviewOn,
    history: history.map((g) => ({
      id: g.id,
      grading: formatGrading(g),
      handlingConditions: g.handlingConditions,
      reason: g.reason,
      gradedBy: g.gradedBy.name,
      gradedAt: g.gradedAt,
    })),
    persons: persons.map(({ person }) => ({
      id: person.id,
      label: displayName(person),
      href: `/persons/${person.id}`,
    })),
    offences: offences.map(({ offence }) => ({
      id: offence.id,
      label: offence.crimeReference,
      href: `/offences/${offence.id}`,
    })),
    groups:
      groups?.map(({ group }) => ({ id: group.id, label: group.name, href: `/groups/${group.id}` })) ?? null,
  };
}
