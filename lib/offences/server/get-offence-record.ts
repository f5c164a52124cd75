import "server-only";
import type { OffenceOptions } from "@/lib/offences/offence-options";
import type { PersonRole } from "@/lib/generated/prisma/enums";
import { openOffenceSection } from "@/lib/offences/server/open-offence-section";

export type OffenceRecordPerson = {
  linkId: number;
  personId: number;
  name: string;
  role: PersonRole;
  ageAtTime: number | null;
};
export type OffenceRecord = { id: number; people: OffenceRecordPerson[] };

const ROLE_ORDER: Record<PersonRole, number> = {
  VICTIM: 0,
  SUSPECT: 1,
  OFFENDER: 2,
  WITNESS: 3,
  PERSON_OF_INTEREST: 4,
};

/**
 * The offence record's first section: the people linked to it (victims first), with their role and
 * age at the time. Opening it is a consultation (DPA 2018 s.62), logged here.
 */
export async function getOffenceRecord({ actor, offenceId }: OffenceOptions): Promise<OffenceRecord> {
  const offence = await openOffenceSection({
    actor,
    offenceId,
    section: "people",
    permissions: ["offences.read", "persons.read"],
    select: {
      id: true,
      persons: {
        where: { removedAt: null },
        select: {
          id: true,
          role: true,
          ageAtTime: true,
          person: { select: { id: true, forenames: true, surname: true } },
        },
      },
    },
  });
  const people = offence.persons
    .map((link) => ({
      linkId: link.id,
      personId: link.person.id,
      name: `${link.person.forenames} ${link.person.surname.toUpperCase()}`,
      role: link.role,
      ageAtTime: link.ageAtTime,
    }))
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name));
  return { id: offence.id, people };
}
