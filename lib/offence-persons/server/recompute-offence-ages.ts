import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import { ageAtTime, youngestVictimAge } from "@/lib/offence-persons/victim-age";

/**
 * Brings an offence's derived ages up to date inside the caller's transaction: each linked
 * person's age at the time, and Offence.youngestVictimAge (the U25 scope of every figure). Called
 * after anything that changes victims, their dates of birth or the occurred date — adding a person,
 * a merge or its undo, an edit of the offence. Returns the new youngest victim age.
 */
export async function recomputeOffenceAges(tx: Tx, offenceId: number): Promise<number | null> {
  const offence = await tx.offence.findUniqueOrThrow({
    where: { id: offenceId },
    select: {
      occurredOn: true,
      reportedVictimAge: true,
      youngestVictimAge: true,
      persons: {
        where: { removedAt: null },
        select: { id: true, role: true, ageAtTime: true, person: { select: { dateOfBirth: true } } },
      },
    },
  });
  for (const link of offence.persons) {
    const age = ageAtTime(link.person.dateOfBirth, offence.occurredOn);
    if (age !== link.ageAtTime)
      await tx.offencePerson.update({ where: { id: link.id }, data: { ageAtTime: age } });
  }
  const youngest = youngestVictimAge({
    occurredOn: offence.occurredOn,
    victims: offence.persons
      .filter((p) => p.role === "VICTIM")
      .map((p) => ({ dateOfBirth: p.person.dateOfBirth })),
    reportedVictimAge: offence.reportedVictimAge,
  });
  if (youngest !== offence.youngestVictimAge) {
    await tx.offence.update({ where: { id: offenceId }, data: { youngestVictimAge: youngest } });
  }
  return youngest;
}
