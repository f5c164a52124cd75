import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { dbDateInUk } from "@/lib/dates/day";
import {
  computeEffectiveness,
  MEASURES,
  type EffectivenessRow,
  type Measure,
} from "@/lib/referrals/effectiveness";
import { loadEffectivenessInput } from "@/lib/referrals/server/load-effectiveness-input";

/** A row of the effectiveness table: the counts behind each figure, not the ids. */
export type EffectivenessFigures = Omit<EffectivenessRow, "ids"> & { counts: Record<Measure, number> };

/**
 * Referrals, engagement, completion and re-appearance in knife-used offences per provider and
 * pathway (definitions: lib/referrals/effectiveness.ts), for the chair and analysts.
 */
export async function getReferralEffectiveness({
  actor,
  now = new Date(),
}: {
  actor: Actor;
  now?: Date;
}): Promise<EffectivenessFigures[]> {
  await requirePermission(actor, "referrals.read");
  await requirePermission(actor, "figures.read");
  const { referrals, appearances } = await loadEffectivenessInput();
  return computeEffectiveness(referrals, appearances, dbDateInUk(now)).map(({ ids, ...row }) => ({
    ...row,
    counts: Object.fromEntries(MEASURES.map((m) => [m, ids[m].length])) as Record<Measure, number>,
  }));
}
