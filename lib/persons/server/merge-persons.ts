import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma, type Tx } from "@/lib/db/server/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MERGE_FIELD_SELECT } from "@/lib/persons/merge-field-select";
import { MERGE_FIELDS, mergePersonsSchema, type MergePersonsInput } from "@/lib/persons/schemas";
import {
  countMovedLinks,
  type FieldChoices,
  type MovedLinks,
  type SurvivorFields,
} from "@/lib/persons/merge-links";
import { recomputeOffenceAges } from "@/lib/offence-persons/server/recompute-offence-ages";

const FIELDS = { id: true, ...MERGE_FIELD_SELECT, version: true, mergedIntoId: true } as const;

/**
 * Merges two records of the same person: the chosen values go on the survivor, every link of the
 * other moves to the survivor, and the other is kept pointing at it (never deleted). PersonMerge
 * records exactly what moved so the merge can be undone. All in one transaction with the audit.
 */
export async function mergePersons({
  actor,
  input,
}: {
  actor: Actor;
  input: MergePersonsInput;
}): Promise<{ mergeId: number; survivorId: number; mergedId: number }> {
  await requirePermission(actor, "persons.write", { entity: { type: "person", id: input.a } });
  const data = mergePersonsSchema.parse(input);
  if (data.a === data.b)
    throw new AppError("VALIDATION", { fieldErrors: { survivor: ["Choose two different people to merge"] } });

  return getPrisma().$transaction(async (tx) => {
    const [a, b] = await Promise.all([
      tx.person.findUnique({ where: { id: data.a }, select: FIELDS }),
      tx.person.findUnique({ where: { id: data.b }, select: FIELDS }),
    ]);
    if (!a || !b) throw new AppError("NOT_FOUND");
    if (a.mergedIntoId !== null || b.mergedIntoId !== null) {
      throw new AppError("VALIDATION", {
        fieldErrors: { survivor: ["One of these records has already been merged"] },
      });
    }
    if (a.version !== data.versionA || b.version !== data.versionB) throw new AppError("CONFLICT");
    const [survivor, merged] = data.survivor === "a" ? [a, b] : [b, a];
    const pick = <K extends (typeof MERGE_FIELDS)[number]>(field: K) => (data[field] === "a" ? a : b)[field];
    const chosen = {
      surname: pick("surname"),
      forenames: pick("forenames"),
      dateOfBirth: pick("dateOfBirth"),
      gender: pick("gender"),
      npuId: pick("npuId"),
      vulnerable: pick("vulnerable"),
    };

    const movedLinks = await moveLinks(tx, merged.id, survivor.id);
    const now = new Date();
    const updatedSurvivor = await tx.person.updateMany({
      where: { id: survivor.id, version: survivor.version },
      data: { ...chosen, version: { increment: 1 } },
    });
    const updatedMerged = await tx.person.updateMany({
      where: { id: merged.id, version: merged.version, mergedIntoId: null },
      data: { mergedIntoId: survivor.id, mergedAt: now, version: { increment: 1 } },
    });
    if (updatedSurvivor.count === 0 || updatedMerged.count === 0) throw new AppError("CONFLICT");

    // The survivor's date of birth may have changed and it has new offences: every age moves.
    const offenceIds = await tx.offencePerson.findMany({
      where: { personId: survivor.id },
      select: { offenceId: true },
      distinct: ["offenceId"],
    });
    for (const { offenceId } of offenceIds) await recomputeOffenceAges(tx, offenceId);

    const survivorBefore: SurvivorFields = {
      surname: survivor.surname,
      forenames: survivor.forenames,
      dateOfBirth: survivor.dateOfBirth?.toISOString().slice(0, 10) ?? null,
      gender: survivor.gender,
      npuId: survivor.npuId,
      vulnerable: survivor.vulnerable,
    };
    const fieldChoices: FieldChoices = {
      choices: Object.fromEntries(MERGE_FIELDS.map((f) => [f, data[f]])) as FieldChoices["choices"],
      survivorBefore,
    };
    const merge = await tx.personMerge.create({
      data: {
        survivorId: survivor.id,
        mergedId: merged.id,
        fieldChoices: fieldChoices as unknown as Prisma.InputJsonValue,
        movedLinks: movedLinks as unknown as Prisma.InputJsonValue,
        mergedById: actor.id,
      },
    });

    const auditor = auditActorOf(actor);
    const detail = {
      mergeId: merge.id,
      survivorId: survivor.id,
      mergedId: merged.id,
      linksMoved: countMovedLinks(movedLinks),
      movedLinks,
    };
    await writeAudit(tx, {
      event: "person.merged",
      actor: auditor,
      entity: { type: "person", id: survivor.id },
      detail,
    });
    await writeAudit(tx, {
      event: "person.merged",
      actor: auditor,
      entity: { type: "person", id: merged.id },
      detail,
    });
    await writeAudit(tx, {
      event: "person.updated",
      actor: auditor,
      entity: { type: "person", id: survivor.id },
      before: { ...survivorBefore },
      after: { ...chosen, dateOfBirth: chosen.dateOfBirth?.toISOString().slice(0, 10) ?? null },
      detail: { mergeId: merge.id },
    });
    return { mergeId: merge.id, survivorId: survivor.id, mergedId: merged.id };
  });
}

async function moveLinks(tx: Tx, fromId: number, toId: number): Promise<MovedLinks> {
  const links: MovedLinks = {
    offencePersons: { moved: [], retired: [] },
    intelligence: { moved: [], retired: [] },
    groupMemberships: [],
    referrals: [],
    actionItems: [],
    decisions: [],
    agendaItems: [],
  };

  const survivorRoles = new Set(
    (
      await tx.offencePerson.findMany({ where: { personId: toId }, select: { offenceId: true, role: true } })
    ).map((l) => `${l.offenceId}:${l.role}`),
  );
  for (const link of await tx.offencePerson.findMany({
    where: { personId: fromId, removedAt: null },
    select: { id: true, offenceId: true, role: true },
  })) {
    if (survivorRoles.has(`${link.offenceId}:${link.role}`)) {
      await tx.offencePerson.update({
        where: { id: link.id },
        data: { removedAt: new Date(), version: { increment: 1 } },
      });
      links.offencePersons.retired.push(link.id);
    } else {
      await tx.offencePerson.update({
        where: { id: link.id },
        data: { personId: toId, version: { increment: 1 } },
      });
      links.offencePersons.moved.push(link.id);
    }
  }

  const survivorItems = new Set(
    (await tx.intelligencePerson.findMany({ where: { personId: toId }, select: { itemId: true } })).map(
      (l) => l.itemId,
    ),
  );
  for (const link of await tx.intelligencePerson.findMany({
    where: { personId: fromId, removedAt: null },
    select: { itemId: true },
  })) {
    const key = { itemId_personId: { itemId: link.itemId, personId: fromId } };
    if (survivorItems.has(link.itemId)) {
      await tx.intelligencePerson.update({ where: key, data: { removedAt: new Date() } });
      links.intelligence.retired.push(link.itemId);
    } else {
      await tx.intelligencePerson.update({ where: key, data: { personId: toId } });
      links.intelligence.moved.push(link.itemId);
    }
  }

  const where = { personId: fromId };
  const ids = (rows: { id: number }[]) => rows.map((r) => r.id);
  links.groupMemberships = ids(await tx.groupMembership.findMany({ where, select: { id: true } }));
  links.referrals = ids(await tx.referral.findMany({ where, select: { id: true } }));
  links.actionItems = ids(await tx.actionItem.findMany({ where, select: { id: true } }));
  links.decisions = ids(await tx.decision.findMany({ where, select: { id: true } }));
  links.agendaItems = ids(await tx.agendaItem.findMany({ where, select: { id: true } }));
  await tx.groupMembership.updateMany({
    where: { id: { in: links.groupMemberships } },
    data: { personId: toId },
  });
  await tx.referral.updateMany({ where: { id: { in: links.referrals } }, data: { personId: toId } });
  await tx.actionItem.updateMany({ where: { id: { in: links.actionItems } }, data: { personId: toId } });
  await tx.decision.updateMany({ where: { id: { in: links.decisions } }, data: { personId: toId } });
  await tx.agendaItem.updateMany({ where: { id: { in: links.agendaItems } }, data: { personId: toId } });
  return links;
}
