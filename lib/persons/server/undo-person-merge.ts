import "server-only";
import { MERGE_FIELD_SELECT } from "@/lib/persons/merge-field-select";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Gender } from "@/lib/generated/prisma/enums";
import { undoPersonMergeSchema } from "@/lib/persons/schemas";
import { countMovedLinks, type FieldChoices, type MovedLinks } from "@/lib/persons/merge-links";
import { dbDateOf } from "@/lib/dates/day";
import { recomputeOffenceAges } from "@/lib/offence-persons/server/recompute-offence-ages";

/**
 * Reverses a merge exactly: the rows PersonMerge.movedLinks lists go back to the merged record,
 * duplicate links it retired are restored, the survivor gets back the values it had before, and
 * the merged record stands on its own again. Links added to the survivor since are left alone.
 */
export async function undoPersonMerge({
  actor,
  input,
}: {
  actor: Actor;
  input: { mergeId: number };
}): Promise<{ survivorId: number; mergedId: number }> {
  const { mergeId } = undoPersonMergeSchema.parse(input);
  await requirePermission(actor, "persons.write", { entity: { type: "person-merge", id: mergeId } });

  return getPrisma().$transaction(async (tx) => {
    const merge = await tx.personMerge.findUnique({ where: { id: mergeId } });
    if (!merge) throw new AppError("NOT_FOUND");
    // Claim the merge first, so two analysts pressing "Undo" at once cannot both reverse it.
    const claimed = await tx.personMerge.updateMany({
      where: { id: mergeId, reversedAt: null },
      data: { reversedAt: new Date(), reversedById: actor.id },
    });
    if (claimed.count === 0) throw new AppError("CONFLICT");
    const links = merge.movedLinks as unknown as MovedLinks;
    const { survivorBefore } = merge.fieldChoices as unknown as FieldChoices;
    const { survivorId, mergedId } = merge;

    const affected = new Set(
      (
        await tx.offencePerson.findMany({
          where: { id: { in: [...links.offencePersons.moved, ...links.offencePersons.retired] } },
          select: { offenceId: true },
        })
      ).map((l) => l.offenceId),
    );
    for (const id of links.offencePersons.moved) {
      await tx.offencePerson.update({
        where: { id },
        data: { personId: mergedId, version: { increment: 1 } },
      });
    }
    await tx.offencePerson.updateMany({
      where: { id: { in: links.offencePersons.retired } },
      data: { removedAt: null, version: { increment: 1 } },
    });
    for (const itemId of links.intelligence.moved) {
      await tx.intelligencePerson.update({
        where: { itemId_personId: { itemId, personId: survivorId } },
        data: { personId: mergedId },
      });
    }
    await tx.intelligencePerson.updateMany({
      where: { personId: mergedId, itemId: { in: links.intelligence.retired } },
      data: { removedAt: null },
    });
    const back = { personId: mergedId };
    await tx.groupMembership.updateMany({ where: { id: { in: links.groupMemberships } }, data: back });
    await tx.referral.updateMany({ where: { id: { in: links.referrals } }, data: back });
    await tx.actionItem.updateMany({ where: { id: { in: links.actionItems } }, data: back });
    await tx.decision.updateMany({ where: { id: { in: links.decisions } }, data: back });
    await tx.agendaItem.updateMany({ where: { id: { in: links.agendaItems } }, data: back });

    const survivorNow = await tx.person.findUniqueOrThrow({
      where: { id: survivorId },
      select: MERGE_FIELD_SELECT,
    });
    await tx.person.update({
      where: { id: survivorId },
      data: {
        surname: survivorBefore.surname,
        forenames: survivorBefore.forenames,
        dateOfBirth: survivorBefore.dateOfBirth ? dbDateOf(survivorBefore.dateOfBirth) : null,
        gender: survivorBefore.gender as Gender,
        npuId: survivorBefore.npuId,
        vulnerable: survivorBefore.vulnerable,
        version: { increment: 1 },
      },
    });
    await tx.person.update({
      where: { id: mergedId },
      data: { mergedIntoId: null, mergedAt: null, version: { increment: 1 } },
    });

    for (const { offenceId } of await tx.offencePerson.findMany({
      where: { personId: { in: [survivorId, mergedId] } },
      select: { offenceId: true },
      distinct: ["offenceId"],
    })) {
      affected.add(offenceId);
    }
    for (const offenceId of affected) await recomputeOffenceAges(tx, offenceId);

    const auditor = auditActorOf(actor);
    const detail = { mergeId, survivorId, mergedId, linksRestored: countMovedLinks(links) };
    await writeAudit(tx, {
      event: "person.merge-undone",
      actor: auditor,
      entity: { type: "person", id: survivorId },
      detail,
    });
    await writeAudit(tx, {
      event: "person.merge-undone",
      actor: auditor,
      entity: { type: "person", id: mergedId },
      detail,
    });
    await writeAudit(tx, {
      event: "person.updated",
      actor: auditor,
      entity: { type: "person", id: survivorId },
      before: { ...survivorNow, dateOfBirth: survivorNow.dateOfBirth?.toISOString().slice(0, 10) ?? null },
      after: { ...survivorBefore },
      detail: { mergeId, undo: true },
    });
    return { survivorId, mergedId };
  });
}
