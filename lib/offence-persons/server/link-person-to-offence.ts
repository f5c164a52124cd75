import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { Tx } from "@/lib/db/server/prisma";
import type { PersonRole } from "@/lib/generated/prisma/enums";
import { ageAtTime } from "@/lib/offence-persons/victim-age";
import { PERSON_ROLE_LABELS } from "@/lib/labels/person-role";
import { recomputeOffenceAges } from "@/lib/offence-persons/server/recompute-offence-ages";

/**
 * The shared step of "add this person" and "create a new person": links a person to an offence in
 * a role inside the caller's transaction, with their age at the time, recomputes the youngest
 * victim age and writes the COMBINATION audit row. The caller has checked permissions.
 */
export async function linkPersonToOffence(
  tx: Tx,
  actor: Actor,
  link: { offenceId: number; personId: number; role: PersonRole },
): Promise<{ ageAtTime: number | null; youngestVictimAge: number | null }> {
  const offence = await tx.offence.findUnique({
    where: { id: link.offenceId },
    select: { occurredOn: true },
  });
  if (!offence) throw new AppError("NOT_FOUND");
  const person = await tx.person.findUnique({
    where: { id: link.personId },
    select: { dateOfBirth: true, mergedIntoId: true },
  });
  if (!person) throw new AppError("NOT_FOUND");
  if (person.mergedIntoId !== null) {
    throw new AppError("VALIDATION", {
      fieldErrors: { personId: ["This person was merged into another record: add that record instead"] },
    });
  }
  const age = ageAtTime(person.dateOfBirth, offence.occurredOn);
  const existing = await tx.offencePerson.findUnique({
    where: { offenceId_personId_role: link },
    select: { id: true, removedAt: true },
  });
  if (existing && existing.removedAt === null) {
    throw new AppError("VALIDATION", {
      fieldErrors: {
        role: [
          `This person is already linked to the offence as ${PERSON_ROLE_LABELS[link.role].toLowerCase()}`,
        ],
      },
    });
  }
  if (existing) {
    // A link removed earlier is restored rather than duplicated (the unique key forbids a second).
    await tx.offencePerson.update({
      where: { id: existing.id },
      data: { removedAt: null, ageAtTime: age, version: { increment: 1 } },
    });
  } else {
    await tx.offencePerson.create({ data: { ...link, ageAtTime: age } });
  }
  const youngestVictimAge = await recomputeOffenceAges(tx, link.offenceId);
  await writeAuditBy(tx, actor, {
    event: "person.linked",
    entity: { type: "person", id: link.personId },
    detail: { offenceId: link.offenceId, role: link.role, ageAtTime: age, youngestVictimAge },
  });
  return { ageAtTime: age, youngestVictimAge };
}
