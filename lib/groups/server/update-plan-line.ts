import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { claimVersion, versionedTransaction } from "@/lib/db/server/versioned-transaction";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import { FOUR_P_LABELS, PLAN_LINE_STATUS_LABELS } from "@/lib/groups/labels";
import { comparablePlanLine, planLineConflictErrors, type ComparablePlanLine } from "@/lib/groups/rules";
import type { UpdatePlanLineInput } from "@/lib/groups/schemas";
import { checkPlanOwner } from "@/lib/groups/server/check-plan-owner";
import type { FourP, PlanLineStatus } from "@/lib/enums";

/**
 * Updates a plan line (strand, description, owner, status, due date) `where id and version`, with
 * its before/after audit row in the same transaction. A stale version is a CONFLICT naming the saved
 * values, who saved them and when; nothing is written.
 */
export async function updatePlanLine({
  actor,
  input,
}: ActorInput<UpdatePlanLineInput>): Promise<{ groupId: number; version: number }> {
  const { entity, prisma } = await requireOn(actor, "groups.write", "group-plan-line", input.id);
  const current = await prisma.groupPlanLine.findUnique({ where: { id: input.id } });
  if (!current) throw new AppError("NOT_FOUND");
  const after = comparablePlanLine({ ...input, ownerId: await checkPlanOwner(input.ownerId) });
  if (current.version !== input.version) return conflict(current.id, after);
  const before = comparablePlanLine(current);

  return versionedTransaction(
    async (tx) => {
      const written = await tx.groupPlanLine.updateMany({
        where: { id: current.id, version: input.version },
        data: { ...after, version: { increment: 1 } },
      });
      claimVersion(written);
      await writeAuditBy(tx, actor, {
        event: "group.plan-line-updated",
        entity,
        before,
        after,
        detail: { groupId: current.groupId },
      });
      return { groupId: current.groupId, version: input.version + 1 };
    },
    () => conflict(current.id, after),
  );
}

async function conflict(id: number, mine: ComparablePlanLine): Promise<never> {
  const prisma = getPrisma();
  const saved = await prisma.groupPlanLine.findUniqueOrThrow({ where: { id } });
  const [lastChange, owners] = await Promise.all([
    prisma.auditEvent.findFirst({
      where: {
        category: { in: ["ALTERATION", "COLLECTION"] },
        entityType: "group-plan-line",
        entityId: String(id),
      },
      orderBy: { id: "desc" },
      select: { actorLabel: true, occurredAt: true },
    }),
    prisma.user.findMany({
      where: { id: { in: [mine.ownerId, saved.ownerId] } },
      select: { id: true, name: true },
    }),
  ]);
  const describe = (field: keyof ComparablePlanLine, value: unknown): string => {
    if (value === null || value === "") return "none";
    if (value instanceof Date) return formatDate(value);
    if (field === "strand") return FOUR_P_LABELS[value as FourP];
    if (field === "status") return PLAN_LINE_STATUS_LABELS[value as PlanLineStatus];
    if (field === "ownerId") return owners.find((o) => o.id === value)?.name ?? String(value);
    return String(value);
  };
  const savedBy = lastChange
    ? { label: lastChange.actorLabel, at: formatDateTime(lastChange.occurredAt) }
    : null;
  throw new AppError("CONFLICT", {
    fieldErrors: planLineConflictErrors(mine, saved, describe, savedBy),
    detail: { planLineId: id, savedVersion: saved.version },
  });
}
