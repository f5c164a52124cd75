import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import type { AccessContext } from "@/lib/auth/schemas";
import { getAccessReason } from "@/lib/auth/server/get-access-reason";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { getPrisma } from "@/lib/db/server/prisma";
import { displayName } from "@/lib/labels/person-name";
import type { ReferralFormOptions, ReferralFormResult } from "@/lib/referrals/types";

/**
 * What the "refer to an intervention" form offers: the person (from a person record) or the
 * offence's victims and suspects (from an offence record), and every active provider's pathways.
 * Inactive providers are not offered; create-referral refuses them again. From a person record the
 * form names the person, so it is a read of them (s.62, issue 13.9): it needs the reason given for
 * that person in this sign-in, as the person record does, and logs the consultation with it. From
 * an offence it names the case's people as the offence record does.
 */
export async function getReferralFormOptions({
  actor,
  personId,
  offenceId,
}: {
  actor: Actor;
  personId: number | null;
  offenceId: number | null;
}): Promise<ReferralFormResult> {
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
          where: {
            removedAt: null,
            role: { in: ["VICTIM", "SUSPECT", "OFFENDER"] },
            person: { mergedIntoId: null },
          },
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
    const row = await prisma.person.findFirst({
      where: { id: personId, mergedIntoId: null },
      select: person,
    });
    if (!row) throw new AppError("NOT_FOUND");
    const context: AccessContext = { type: "person", id: personId };
    const given = await getAccessReason({ actor, contexts: [context] });
    if (!given) return { status: "reason-required", context };
    await recordConsultation({
      actor,
      event: "person.viewed",
      entity: { type: "person", id: personId },
      justification: given.reason,
    });
    persons = [{ id: row.id, name: displayName(row), role: null }];
  }

  const providers = await prisma.provider.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: { id: true, name: true, pathways: true, areaCovered: true },
  });
  const routes = providers.flatMap((p) =>
    p.pathways.map((pathway) => ({
      value: `${p.id}:${pathway}`,
      provider: p.name,
      pathway,
      areaCovered: p.areaCovered,
    })),
  );
  return { status: "ok", options: { offence, persons, routes } };
}
