import "server-only";
import type { ActorAsOf } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { dayOfDbDate, todayInUk } from "@/lib/dates/day";
import type { EngagementStatus } from "@/lib/hotspots/engagement-types";

/** Each hotspot's plan status by hotspot id (for /hotspots); a hotspot missing from it has no plan. */
export async function listEngagementStatuses({
  actor,
  now = new Date(),
}: ActorAsOf): Promise<Record<number, EngagementStatus>> {
  await requirePermission(actor, "engagement.read");
  const today = todayInUk(now);
  const plans = await getPrisma().engagementPlan.findMany({
    select: { hotspotId: true, nextUpdateDue: true },
  });
  return Object.fromEntries(
    plans.map((p) => {
      const due = dayOfDbDate(p.nextUpdateDue);
      return [p.hotspotId, { nextUpdateDue: due, updateDue: due <= today }];
    }),
  );
}
