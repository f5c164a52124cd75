import "server-only";
import type { OffenceOptions } from "@/lib/offences/offence-options";
import { AppError } from "@/lib/errors";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { PersonRole } from "@/lib/generated/prisma/enums";
import { displayName } from "@/lib/labels/person-name";
import { offenceCodeRef } from "@/lib/reference/offence-codes";

export type OffenceForPeopleStep = {
  id: number;
  crimeReference: string;
  offence: string;
  occurredOn: Date;
  knifeUsed: boolean;
  youngestVictimAge: number | null;
  people: { personId: number; name: string; role: PersonRole; ageAtTime: number | null }[];
};

/** The offence and who is on it, for the "add a person" step (analyst, offences.write). */
export async function getOffenceForPeopleStep({
  actor,
  offenceId,
}: OffenceOptions): Promise<OffenceForPeopleStep> {
  await requirePermission(actor, "offences.write", { entity: { type: "offence", id: offenceId } });
  const offence = await getPrisma().offence.findUnique({
    where: { id: offenceId },
    select: {
      id: true,
      crimeReference: true,
      offenceCode: true,
      occurredOn: true,
      knifeUsed: true,
      youngestVictimAge: true,
      persons: {
        where: { removedAt: null },
        select: {
          role: true,
          ageAtTime: true,
          person: { select: { id: true, surname: true, forenames: true } },
        },
        orderBy: { id: "asc" },
      },
    },
  });
  if (!offence) throw new AppError("NOT_FOUND");
  return {
    id: offence.id,
    crimeReference: offence.crimeReference,
    offence: offenceCodeRef(offence.offenceCode)?.description ?? offence.offenceCode,
    occurredOn: offence.occurredOn,
    knifeUsed: offence.knifeUsed,
    youngestVictimAge: offence.youngestVictimAge,
    people: offence.persons.map((p) => ({
      personId: p.person.id,
      name: displayName(p.person),
      role: p.role,
      ageAtTime: p.ageAtTime,
    })),
  };
}
