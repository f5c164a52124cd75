import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { displayName } from "@/lib/persons/rules";

export type ReferralRoute = { value: string; provider: string; pathway: string; areaCovered: string };
export type ReferralFormOptions = {
  offence: { id: number; crimeReference: string } | null;
  persons: { id: number; name: string; role: string | null }[];
  routes: ReferralRoute[];
};

/**
 * What the "refer to an intervention" form offers: the person (from a person record) or the
 * offence's victims and suspects (from an offence record), and every active provider's pathways.
 * Inactive providers are not offered; create-referral refuses them again.
 */
export async function getReferralFormOptions({
  actor,
  personId,
  offenceId,
}: {
  actor: Actor;
  personId: number | null;
  offenceId: number | null;
}): Promise<ReferralFormOptions> {
  await requirePermission(actor, "referrals.create");
  const prisma = getPrisma();
  const person = { id: true, surname: true, forenames: true } as const;

  let offence: ReferralFormOptions["offence"] = null;
  let persons: ReferralFormOptions["persons"] = [];
  if (offenceId !== null) {
    const row = await prisma.offence.findUnique({
      where: { id: offenceId },
      select: {
        id: true,
        crimeReference: true,
        persons: {
          where: { removedAt: null, role: { in: ["VICTIM", "SUSPECT", "OFFENDER"] }, person: { mergedIntoId: null } },
          select: { role: true, person: { select: person } },
          orderBy: { id: "asc" },
        },
      },
    });
    if (!row) throw new AppError("NOT_FOUND");
    offence = { id: row.id, crimeReference: row.crimeReference };
    persons = row.persons
      .filter((link) => personId === null || link.person.id === personId)
      .map((link) => ({ id: link.person.id, name: displayName(link.person), role: link.role }));
  } else if (personId !== null) {
    const row = await prisma.person.findFirst({ where: { id: personId, mergedIntoId: null }, select: person });
    if (!row) throw new AppError("NOT_FOUND");
    persons = [{ id: row.id, name: displayName(row), role: null }];
  }

  const providers = await prisma.provider.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, pathways: true, areaCovered: true },
  });
  const routes = providers.flatMap((p) =>
    p.pathways.map((pathway) => ({ value: `${p.id}:${pathway}`, provider: p.name, pathway, areaCovered: p.areaCovered })),
  );
  return { offence, persons, routes };
}
