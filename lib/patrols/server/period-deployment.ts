import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import { dbDateOf } from "@/lib/dates/day";
import type { TacticalPeriod } from "@/lib/patrols/periods";
import type { Arm } from "@/lib/patrols/types";

// Deployments of one period serialise on (this, period number): "recorded once" holds under races,
// and a correction supersedes the record that is current when it commits.
const DEPLOYMENT_LOCK = 7_007_018;

/** Holds the period's deployments (to the end of the transaction) before its current record is read. */
export async function lockPeriodDeployments(tx: Tx, period: TacticalPeriod): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DEPLOYMENT_LOCK}::int, ${period.number}::int)`;
}

/**
 * A new deployment record of the period with its arms: the first one, or a correction naming the
 * record it supersedes and the reason.
 */
export function createPeriodDeployment(
  tx: Tx,
  record: {
    period: TacticalPeriod;
    arms: readonly { hotspotId: number; arm: Arm }[];
    recordedById: number;
    correction?: { supersedesId: number; reason: string };
  },
): Promise<{ id: number }> {
  return tx.patrolDeployment.create({
    data: {
      periodStart: dbDateOf(record.period.start),
      ...record.correction,
      recordedById: record.recordedById,
      arms: { create: record.arms.map((a) => ({ hotspotId: a.hotspotId, arm: a.arm })) },
    },
    select: { id: true },
  });
}
