import "server-only";
import type { ActorInput } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { fieldErrorsFromZod } from "@/lib/actions/action-result";
import { getPrisma } from "@/lib/db/server/prisma";
import { dbDateOf } from "@/lib/dates/day";
import { AppError } from "@/lib/errors";
import { periodLabel, periodStartingOn } from "@/lib/patrols/periods";
import { deploymentCorrectionSchema, type DeploymentCorrectionFormValues } from "@/lib/patrols/schemas";
import { createPeriodDeployment, lockPeriodDeployments } from "@/lib/patrols/server/period-deployment";
import { resolveDeploymentArms } from "@/lib/patrols/server/resolve-deployment-arms";

/**
 * A correction of a period's deployment: never an edit. A new record names the one it supersedes
 * and gives the reason; both stay, the evaluation uses the newest and shows the history, and the
 * audit row holds the lists before and after.
 */
export async function correctPatrolDeployment({
  actor,
  input,
}: ActorInput<DeploymentCorrectionFormValues>): Promise<{ id: number }> {
  await requirePermission(actor, "patrols.record", {
    entity: { type: "patrol-deployment", id: "correction" },
  });
  const parsed = deploymentCorrectionSchema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fieldErrors: fieldErrorsFromZod(parsed.error) });
  const period = periodStartingOn(parsed.data.periodStart)!;
  return getPrisma().$transaction(async (tx) => {
    await lockPeriodDeployments(tx, period);
    const current = await tx.patrolDeployment.findFirst({
      where: { periodStart: dbDateOf(period.start), supersededBy: { is: null } },
      select: { id: true, arms: { select: { arm: true, hotspot: { select: { code: true } } } } },
    });
    if (!current)
      throw new AppError("VALIDATION", {
        fieldErrors: {
          periodStart: [`${periodLabel(period)} has no deployment to correct: record it first`],
        },
      });
    const arms = await resolveDeploymentArms(tx, parsed.data);
    const listOf = (list: { arm: string; code: string }[], arm: string) =>
      list
        .filter((a) => a.arm === arm)
        .map((a) => a.code)
        .sort();
    const before = current.arms.map((a) => ({ arm: a.arm, code: a.hotspot.code }));
    const was = { treatment: listOf(before, "TREATMENT"), control: listOf(before, "CONTROL") };
    const now = { treatment: listOf(arms, "TREATMENT"), control: listOf(arms, "CONTROL") };
    if (JSON.stringify(was) === JSON.stringify(now))
      throw new AppError("VALIDATION", {
        fieldErrors: { treatment: ["The correction lists the same hotspots as the current record"] },
      });
    const row = await createPeriodDeployment(tx, {
      period,
      arms,
      recordedById: actor.id,
      correction: { supersedesId: current.id, reason: parsed.data.reason },
    });
    await writeAuditBy(tx, actor, {
      event: "patrol-deployment.corrected",
      entity: { type: "patrol-deployment", id: row.id },
      before: { record: current.id, ...was },
      after: { record: row.id, ...now },
      detail: {
        period: period.number,
        periodStart: period.start,
        supersedes: current.id,
        reason: parsed.data.reason,
      },
    });
    return row;
  });
}
