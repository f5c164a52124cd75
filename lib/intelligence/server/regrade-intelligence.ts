import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { conditionsFor, formatGrading } from "@/lib/intelligence/rules";
import type { RegradeIntelligenceInput } from "@/lib/intelligence/schemas";
import { refuseInvalidGrading } from "@/lib/intelligence/server/refuse-invalid-grading";

const GRADING = {
  sourceEvaluation: true,
  assessment: true,
  handlingCode: true,
  handlingConditions: true,
  version: true,
  withdrawnAt: true,
} as const;

/**
 * An analyst's re-grading (intel.grade): the item takes the new grading, the history gains a row
 * (the old grading stays in it), and the ALTERATION audit row holds before and after — all in one
 * transaction, and only if nobody changed the item since the form was loaded (else CONFLICT with the
 * current grading, and nothing written). Invalid gradings are refused and audited.
 */
export async function regradeIntelligence({
  actor,
  input,
}: {
  actor: Actor;
  input: RegradeIntelligenceInput;
}): Promise<{ id: number; version: number; grading: string }> {
  const entity = { type: "intelligence", id: input.id };
  await requirePermission(actor, "intel.grade", { entity });
  await refuseInvalidGrading(actor, input, { action: "intelligence.regrade", entity });
  const handlingConditions = conditionsFor(input.handlingCode, input.handlingConditions);

  return getPrisma().$transaction(async (tx) => {
    const before = await tx.intelligenceItem.findUnique({ where: { id: input.id }, select: GRADING });
    if (!before || before.withdrawnAt) throw new AppError("NOT_FOUND");
    if (before.version !== input.version) {
      throw new AppError("CONFLICT", {
        message: `Someone else changed this item while you were editing it. Its grading is now ${formatGrading(before)}${
          before.handlingConditions ? ` with the conditions “${before.handlingConditions}”` : ""
        }. Check your grading and save again.`,
        detail: { currentVersion: before.version },
      });
    }
    const grading = {
      sourceEvaluation: input.sourceEvaluation,
      assessment: input.assessment,
      handlingCode: input.handlingCode,
      handlingConditions,
    };
    const updated = await tx.intelligenceItem.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...grading, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT");
    await tx.intelligenceGrading.create({
      data: { itemId: input.id, ...grading, reason: input.reason, gradedById: actor.id },
    });
    await writeAuditBy(tx, actor, {
      event: "intel.graded",
      entity,
      before: {
        sourceEvaluation: before.sourceEvaluation,
        assessment: before.assessment,
        handlingCode: before.handlingCode,
        handlingConditions: before.handlingConditions,
      },
      after: grading,
      detail: { reason: input.reason },
    });
    return { id: input.id, version: input.version + 1, grading: formatGrading(grading) };
  });
}
