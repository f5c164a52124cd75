import "server-only";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateOf } from "@/lib/dates/day";
import { AppError } from "@/lib/errors";
import type { EngagementPlanFormOutput } from "@/lib/hotspots/engagement-schemas";
import { checkEngagementOwner } from "@/lib/hotspots/server/check-engagement-owner";

/**
 * Starts a hotspot's community engagement plan (one per hotspot; a second is refused with a
 * message, the unique index holding under a race). The audit row is written in the same transaction.
 */
export async function createEngagementPlan({
  actor,
  input,
}: ActorInput<EngagementPlanFormOutput & { hotspotId: number }>): Promise<{ id: number; hotspotId: number }> {
  await requirePermission(actor, "engagement.write", { entity: { type: "hotspot", id: input.hotspotId } });
  return getPrisma().$transaction(async (tx) => {
    const hotspot = await tx.hotspot.findUnique({ where: { id: input.hotspotId }, select: { id: true } });
    if (!hotspot) throw new AppError("NOT_FOUND");
    await checkEngagementOwner(tx, input.ownerId);
    const existing = await tx.engagementPlan.findUnique({
      where: { hotspotId: input.hotspotId },
      select: { id: true },
    });
    if (existing)
      throw new AppError("VALIDATION", {
        message: "This hotspot already has an engagement plan: edit it instead.",
      });
    const plan = await tx.engagementPlan.create({
      data: {
        hotspotId: input.hotspotId,
        ownerId: input.ownerId,
        aims: input.aims,
        nextUpdateDue: dbDateOf(input.nextUpdateDue),
      },
      select: { id: true, hotspotId: true },
    });
    await writeAuditBy(tx, actor, {
      event: "engagement-plan.created",
      entity: { type: "engagement-plan", id: plan.id },
      after: { ...input },
    });
    return plan;
  });
}
