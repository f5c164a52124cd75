import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { dayOfDbDate, todayInUk } from "@/lib/dates/day";
import type { EngagementPlanDto } from "@/lib/hotspots/engagement-types";

/**
 * A hotspot's community engagement plan (issue 17, seed paragraph 30), or null when it has none:
 * its owner, aims, next update due, stakeholders and dated entries (newest first). Police roles
 * read it (engagement.read); partners never reach it.
 */
export async function getEngagementPlan({
  actor,
  hotspotId,
  now = new Date(),
}: {
  actor: Actor;
  hotspotId: number;
  now?: Date;
}): Promise<EngagementPlanDto | null> {
  await requirePermission(actor, "engagement.read", { entity: { type: "hotspot", id: hotspotId } });
  const plan = await getPrisma().engagementPlan.findUnique({
    where: { hotspotId },
    include: {
      owner: { select: { name: true } },
      stakeholders: { orderBy: [{ kind: "asc" }, { name: "asc" }] },
      entries: {
        orderBy: [{ heldOn: "desc" }, { id: "desc" }],
        include: { owner: { select: { name: true } } },
      },
    },
  });
  if (!plan) return null;
  const nextUpdateDue = dayOfDbDate(plan.nextUpdateDue);
  return {
    id: plan.id,
    version: plan.version,
    hotspotId: plan.hotspotId,
    ownerId: plan.ownerId,
    owner: plan.owner.name,
    aims: plan.aims,
    nextUpdateDue,
    updateDue: nextUpdateDue <= todayInUk(now),
    stakeholders: plan.stakeholders.map((s) => ({
      id: s.id,
      kind: s.kind,
      name: s.name,
      contactRole: s.contactRole,
      addedOn: dayOfDbDate(s.addedOn),
    })),
    entries: plan.entries.map((e) => ({
      id: e.id,
      kind: e.kind,
      heldOn: dayOfDbDate(e.heldOn),
      owner: e.owner.name,
      summary: e.summary,
      communityAsked: e.communityAsked,
    })),
  };
}
