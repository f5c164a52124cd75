import "server-only";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { lastSavedBy } from "@/lib/audit/server/last-saved-by";
import { conflictFieldErrors } from "@/lib/actions/conflict";
import { getPrisma } from "@/lib/db/server/prisma";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import { dbDateOf, dayOfDbDate, formatDay } from "@/lib/dates/day";
import { AppError } from "@/lib/errors";
import type { EngagementPlanFormOutput } from "@/lib/hotspots/engagement-schemas";
import { checkEngagementOwner } from "@/lib/hotspots/server/check-engagement-owner";

/**
 * Saves a plan's owner, aims and next update due `where id and version`; a stale version is a
 * CONFLICT with the saved values beside the editor's, field by field (as every form does).
 */
export async function updateEngagementPlan({
  actor,
  input,
}: ActorInput<EngagementPlanFormOutput & { id: number; version: number }>): Promise<{
  id: number;
  hotspotId: number;
  version: number;
}> {
  const { id, version, ...fields } = input;
  await requirePermission(actor, "engagement.write", { entity: { type: "engagement-plan", id } });
  const prisma = getPrisma();
  const current = await prisma.engagementPlan.findUnique({ where: { id } });
  if (!current) throw new AppError("NOT_FOUND");
  if (current.version !== version) throw await stale(id, fields);
  return versionedTransaction(
    async (tx) => {
      await checkEngagementOwner(tx, fields.ownerId);
      const written = await tx.engagementPlan.updateMany({
        where: { id, version },
        data: {
          ownerId: fields.ownerId,
          aims: fields.aims,
          nextUpdateDue: dbDateOf(fields.nextUpdateDue),
          version: { increment: 1 },
        },
      });
      claimVersion(written);
      await writeAuditBy(tx, actor, {
        event: "engagement-plan.updated",
        entity: { type: "engagement-plan", id },
        before: {
          ownerId: current.ownerId,
          aims: current.aims,
          nextUpdateDue: dayOfDbDate(current.nextUpdateDue),
        },
        after: fields,
      });
      return { id, hotspotId: current.hotspotId, version: version + 1 };
    },
    () => stale(id, fields),
  );
}

async function stale(id: number, mine: EngagementPlanFormOutput): Promise<AppError> {
  const prisma = getPrisma();
  const saved = await prisma.engagementPlan.findUniqueOrThrow({
    where: { id },
    include: { owner: { select: { name: true } } },
  });
  const mineOwner = await prisma.user.findUnique({ where: { id: mine.ownerId }, select: { name: true } });
  const fieldErrors = conflictFieldErrors(
    "plan",
    {
      ownerId: { label: "Owner", mine: mineOwner?.name ?? "", saved: saved.owner.name },
      aims: { label: "Aims", mine: mine.aims, saved: saved.aims },
      nextUpdateDue: {
        label: "Next update due",
        mine: formatDay(mine.nextUpdateDue),
        saved: formatDay(dayOfDbDate(saved.nextUpdateDue)),
      },
    },
    await lastSavedBy(prisma, "engagement-plan", id),
  );
  return new AppError("CONFLICT", { fieldErrors });
}
