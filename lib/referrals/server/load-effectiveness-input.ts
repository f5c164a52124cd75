import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { EffectivenessReferral, KnifeAppearances } from "@/lib/referrals/effectiveness";

/**
 * Every referral, and for each referred person the dates of the knife-used offences they are
 * linked to as victim, suspect or offender (removed links left out). Two queries; the counting is
 * lib/referrals/effectiveness.ts. Called by the effectiveness data functions after their checks.
 */
export async function loadEffectivenessInput(): Promise<{
  referrals: EffectivenessReferral[];
  appearances: KnifeAppearances;
}> {
  const prisma = getPrisma();
  const rows = await prisma.referral.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      personId: true,
      pathway: true,
      state: true,
      referredOn: true,
      engagedOn: true,
      completedOn: true,
      provider: { select: { name: true } },
    },
  });
  const personIds = [...new Set(rows.map((r) => r.personId))];
  const links = await prisma.offencePerson.findMany({
    where: {
      personId: { in: personIds },
      removedAt: null,
      role: { in: ["VICTIM", "SUSPECT", "OFFENDER"] },
      offence: { knifeUsed: true },
    },
    select: { personId: true, offence: { select: { occurredOn: true } } },
  });
  const appearances = new Map<number, Date[]>();
  for (const link of links) {
    const dates = appearances.get(link.personId) ?? [];
    dates.push(link.offence.occurredOn);
    appearances.set(link.personId, dates);
  }
  return {
    referrals: rows.map((r) => ({
      referralId: r.id,
      personId: r.personId,
      provider: r.provider.name,
      pathway: r.pathway,
      state: r.state,
      referredOn: r.referredOn,
      engagedOn: r.engagedOn,
      completedOn: r.completedOn,
    })),
    appearances,
  };
}
