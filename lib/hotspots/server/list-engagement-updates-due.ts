import "server-only";
import type { ActorAsOf } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { addDays, dbDateOf, dayOfDbDate, todayInUk } from "@/lib/dates/day";
import type { EngagementUpdateDue } from "@/lib/hotspots/engagement-types";

/** How far ahead the analyst's home looks for community updates falling due. */
export const UPDATE_DUE_WITHIN_DAYS = 14;

/** Plans whose next community update is due within two weeks or overdue, soonest first (the analyst's home). */
export async function listEngagementUpdatesDue({
  actor,
  now = new Date(),
}: ActorAsOf): Promise<EngagementUpdateDue[]> {
  await requirePermission(actor, "engagement.read");
  const today = todayInUk(now);
  const plans = await getPrisma().engagementPlan.findMany({
    where: { nextUpdateDue: { lte: dbDateOf(addDays(today, UPDATE_DUE_WITHIN_DAYS)) } },
    orderBy: [{ nextUpdateDue: "asc" }, { id: "asc" }],
    select: {
      hotspotId: true,
      nextUpdateDue: true,
      owner: { select: { name: true } },
      hotspot: { select: { code: true, name: true } },
    },
    take: 50,
  });
  return plans.map((p) => {
    const due = dayOfDbDate(p.nextUpdateDue);
    return {
      hotspotId: p.hotspotId,
      hotspot: `${p.hotspot.code} ${p.hotspot.name}`,
      owner: p.owner.name,
      nextUpdateDue: due,
      overdue: due < today,
    };
  });
}
