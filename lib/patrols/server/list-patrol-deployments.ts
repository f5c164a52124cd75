import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { TacticalPeriod } from "@/lib/patrols/periods";
import { listPeriodDeployments, type PeriodDeployments } from "@/lib/patrols/server/list-period-deployments";

/** The deployment records of the periods (current and superseded), for the deployments page. */
export async function listPatrolDeployments({
  actor,
  periods,
}: {
  actor: Actor;
  periods: TacticalPeriod[];
}): Promise<Map<string, PeriodDeployments>> {
  await requirePermission(actor, "patrols.read");
  return listPeriodDeployments(getPrisma(), periods);
}
