import "server-only";
import type { ActorAsOf } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { dbDateInUk } from "@/lib/dates/day";
import { computeEffectiveness, type Measure, MEASURES } from "@/lib/referrals/effectiveness";
import { loadEffectivenessInput } from "@/lib/referrals/server/load-effectiveness-input";
import type { EffectivenessFigures } from "@/lib/referrals/types";

/**
 * Referrals, engagement, completion and re-appearance in knife-used offences per provider and
 * pathway (definitions: lib/referrals/effectiveness.ts), for the chair and analysts.
 */
export async function getReferralEffectiveness({
  actor,
  now = new Date(),
}: ActorAsOf): Promise<EffectivenessFigures[]> {
  await requirePermission(actor, "referrals.read");
  await requirePermission(actor, "figures.read");
  const { referrals, appearances } = await loadEffectivenessInput();
  return computeEffectiveness(referrals, appearances, dbDateInUk(now)).map(({ ids, ...row }) => ({
    ...row,
    counts: Object.fromEntries(MEASURES.map((m) => [m, ids[m].length])) as Record<Measure, number>,
  }));
}
