import "server-only";
import type { ActorInputAt } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateInUk } from "@/lib/dates/day";
import { AppError } from "@/lib/errors";
import type { StakeholderFormValues } from "@/lib/hotspots/engagement-schemas";

/** Adds a stakeholder to a plan (seed paragraph 30: residents' associations, faith leaders, schools…). */
export async function addEngagementStakeholder({
  actor,
  input,
  now = new Date(),
}: ActorInputAt<StakeholderFormValues & { planId: number }>): Promise<{ id: number; hotspotId: number }> {
  await requirePermission(actor, "engagement.write", {
    entity: { type: "engagement-plan", id: input.planId },
  });
  return getPrisma().$transaction(async (tx) => {
    const plan = await tx.engagementPlan.findUnique({
      where: { id: input.planId },
      select: { hotspotId: true },
    });
    if (!plan) throw new AppError("NOT_FOUND");
    const row = await tx.engagementStakeholder.create({
      data: {
        planId: input.planId,
        kind: input.kind,
        name: input.name,
        contactRole: input.contactRole,
        addedOn: dbDateInUk(now),
        createdById: actor.id,
      },
      select: { id: true },
    });
    await writeAuditBy(tx, actor, {
      event: "engagement-stakeholder.added",
      entity: { type: "engagement-plan", id: input.planId },
      after: { stakeholderId: row.id, kind: input.kind, name: input.name, contactRole: input.contactRole },
    });
    return { id: row.id, hotspotId: plan.hotspotId };
  });
}
