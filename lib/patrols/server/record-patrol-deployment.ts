import "server-only";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { fieldErrorsFromZod } from "@/lib/actions/action-result";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateOf, formatDay, todayInUk } from "@/lib/dates/day";
import { AppError } from "@/lib/errors";
import { periodLabel, periodStartingOn } from "@/lib/patrols/periods";
import { deploymentSchema, type DeploymentFormValues } from "@/lib/patrols/schemas";
import { resolveDeploymentArms } from "@/lib/patrols/server/resolve-deployment-arms";
import { createPeriodDeployment, lockPeriodDeployments } from "@/lib/patrols/server/period-deployment";

/**
 * Records the randomised deployment of a tactical period, once (docs/domain.md: fixed before the
 * period starts). A period that has ended, or one already recorded, is refused: a change is only
 * ever a correction (correctPatrolDeployment), a new record with its reason.
 */
export async function recordPatrolDeployment({
  actor,
  input,
}: ActorInput<DeploymentFormValues>): Promise<{ id: number }> {
  await requirePermission(actor, "patrols.record", { entity: { type: "patrol-deployment", id: "new" } });
  const parsed = deploymentSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: fieldErrorsFromZod(parsed.error) });
  const period = periodStartingOn(parsed.data.periodStart)!;
  if (period.end < todayInUk())
    throw new AppError("VALIDATION", {
      fieldErrors: {
        periodStart: [
          `${periodLabel(period)} has ended: a deployment is fixed before its period, so it cannot be recorded now`,
        ],
      },
    });
  return getPrisma().$transaction(async (tx) => {
    await lockPeriodDeployments(tx, period);
    const existing = await tx.patrolDeployment.findFirst({
      where: { periodStart: dbDateOf(period.start), supersededBy: { is: null } },
      select: { id: true, recordedAt: true },
    });
    if (existing)
      throw new AppError("CONFLICT", {
        message: `${periodLabel(period)} already has its deployment, recorded on ${formatDay(existing.recordedAt.toISOString().slice(0, 10))}. It is never changed: record a correction with the reason.`,
      });
    const arms = await resolveDeploymentArms(tx, parsed.data);
    const row = await createPeriodDeployment(tx, { period, arms, recordedById: actor.id });
    await writeAuditBy(tx, actor, {
      event: "patrol-deployment.recorded",
      entity: { type: "patrol-deployment", id: row.id },
      after: {
        period: period.number,
        periodStart: period.start,
        treatment: arms.filter((a) => a.arm === "TREATMENT").map((a) => a.code),
        control: arms.filter((a) => a.arm === "CONTROL").map((a) => a.code),
      },
    });
    return row;
  });
}
