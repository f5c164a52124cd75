import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateOf, dayOfDbDate, todayInUk } from "@/lib/dates/day";
import { AppError } from "@/lib/errors";
import type { EngagementEntryFormOutput } from "@/lib/hotspots/engagement-schemas";
import { checkEngagementOwner } from "@/lib/hotspots/server/check-engagement-owner";

/**
 * Records a consultation, an update given, a survey or a review, dated and owned. When the entry
 * names the next update due, the plan's date moves to it in the same transaction (both audited in
 * one row). An entry dated in the future is refused: it records what took place.
 */
export async function addEngagementEntry({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<EngagementEntryFormOutput & { planId: number }>): Promise<{ id: number; hotspotId: number }> {
  await requirePermission(actor, "engagement.write", {
    entity: { type: "engagement-plan", id: input.planId },
  });
  if (input.heldOn > todayInUk(now))
    throw new AppError("VALIDATION", {
      fieldErrors: { heldOn: ["The date it took place must be today or in the past"] },
    });
  return getPrisma().$transaction(async (tx) => {
    const plan = await tx.engagementPlan.findUnique({
      where: { id: input.planId },
      select: { hotspotId: true, nextUpdateDue: true },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    await checkEngagementOwner(tx, input.ownerId);
    const row = await tx.engagementEntry.create({
      data: {
        planId: input.planId,
        kind: input.kind,
        heldOn: dbDateOf(input.heldOn),
        ownerId: input.ownerId,
        summary: input.summary,
        communityAsked: input.communityAsked,
        createdById: actor.id,
      },
      select: { id: true },
    });
    if (input.nextUpdateDue)
      // The version moves too, so an editor holding the old plan is told it changed.
      await tx.engagementPlan.update({
        where: { id: input.planId },
        data: { nextUpdateDue: dbDateOf(input.nextUpdateDue), version: { increment: 1 } },
      });
    await writeAuditBy(tx, actor, {
      event: "engagement-entry.added",
      entity: { type: "engagement-plan", id: input.planId },
      after: {
        entryId: row.id,
        ...input,
        ...(input.nextUpdateDue ? { previousNextUpdateDue: dayOfDbDate(plan.nextUpdateDue) } : {}),
      },
    });
    return { id: row.id, hotspotId: plan.hotspotId };
  });
}
