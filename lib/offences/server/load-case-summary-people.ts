import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/server/prisma";
import { personFlags, type PersonFlag } from "@/lib/persons/rules";

export type CaseSummaryPersonFacts = {
  flags: PersonFlag[];
  /** Names of the groups the person is an active member of; null when the actor may not read groups. */
  groups: string[] | null;
};

/**
 * The flags of each person on a case summary, by the same rule as the person record (personFlags),
 * read for all of them at once. Group membership, and the "Group member" flag, only for an actor
 * with groups.read (issue 13.11: investigators learn nothing of groups). Called by get-case-summary
 * after its permission and s.62 checks, never on its own.
 */
export async function loadCaseSummaryPeople({
  actor,
  personIds,
  today,
}: {
  actor: Actor;
  personIds: number[];
  today: Date;
}): Promise<Map<number, CaseSummaryPersonFacts>> {
  const facts = new Map<number, CaseSummaryPersonFacts>();
  if (personIds.length === 0) return facts;
  const prisma = getPrisma();
  const mayReadGroups = can(actor.role, "groups.read");
  const [persons, appearances, memberships] = await Promise.all([
    prisma.person.findMany({
      where: { id: { in: personIds } },
      select: { id: true, dateOfBirth: true, vulnerable: true },
    }),
    prisma.offencePerson.findMany({
      where: { personId: { in: personIds }, removedAt: null },
      select: { personId: true, role: true, offence: { select: { occurredOn: true } } },
    }),
    mayReadGroups
      ? prisma.groupMembership.findMany({
          where: {
            personId: { in: personIds },
            startOn: { lte: today },
            OR: [{ endOn: null }, { endOn: { gte: today } }],
          },
          select: { personId: true, group: { select: { name: true } } },
          orderBy: { group: { name: "asc" } },
        })
      : [],
  ]);
  for (const person of persons) {
    const groups = [...new Set(memberships.filter((m) => m.personId === person.id).map((m) => m.group.name))];
    facts.set(person.id, {
      flags: personFlags({
        dateOfBirth: person.dateOfBirth,
        vulnerable: person.vulnerable,
        appearances: appearances
          .filter((a) => a.personId === person.id)
          .map((a) => ({ role: a.role, occurredOn: a.offence.occurredOn })),
        activeGroupMemberships: groups.length,
        today,
      }),
      groups: mayReadGroups ? groups : null,
    });
  }
  return facts;
}
