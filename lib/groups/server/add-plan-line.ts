import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { AddPlanLineInput } from "@/lib/groups/schemas";
import { checkPlanOwner } from "@/lib/groups/server/check-plan-owner";
import { comparablePlanLine } from "@/lib/groups/rules";

/** Adds a 4P plan line with its owner, status and due date (groups.write), audited as a collection. */
export async function addPlanLine({ actor, input }: ActorInput<AddPlanLineInput>): Promise<{ id: number }> {
  const { prisma } = await requireOn(actor, "groups.write", "group", input.groupId);
  const group = await prisma.group.findUnique({ where: { id: input.groupId }, select: { id: true } });
  if (!group) throw new AppError("NOT_FOUND");
  const data = comparablePlanLine({ ...input, ownerId: await checkPlanOwner(input.ownerId) });

  return prisma.$transaction(async (tx) => {
    const line = await tx.groupPlanLine.create({
      data: { groupId: group.id, ...data },
      select: { id: true },
    });
    await writeAuditBy(tx, actor, {
      event: "group.plan-line-added",
      entity: { type: "group-plan-line", id: line.id },
      after: data,
      detail: { groupId: group.id },
    });
    return line;
  });
}
