import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { endDateError } from "@/lib/groups/rules";
import type { EndMembershipInput } from "@/lib/groups/schemas";

/**
 * Ends a membership on a date (never deleted: the history of who was in the group stays). Written
 * `where id and version`; a stale version is a CONFLICT and nothing changes.
 */
export async function endGroupMembership({
  actor,
  input,
}: ActorInput<EndMembershipInput>): Promise<{ groupId: number; version: number }> {
  const { entity, prisma } = await requireOn(actor, "groups.write", "group-membership", input.membershipId);
  const current = await prisma.groupMembership.findUnique({ where: { id: input.membershipId } });
  if (!current) throw new AppError("NOT_FOUND");
  if (current.version !== input.version)
    throw new AppError("CONFLICT", { detail: { savedVersion: current.version } });
  const problem = endDateError(current.startOn, input.endOn);
  if (problem) throw new AppError("VALIDATION", { fieldErrors: { endOn: [problem] } });

  return prisma.$transaction(async (tx) => {
    const written = await tx.groupMembership.updateMany({
      where: { id: current.id, version: input.version },
      data: { endOn: input.endOn, version: { increment: 1 } },
    });
    if (written.count === 0) throw new AppError("CONFLICT");
    await writeAuditBy(tx, actor, {
      event: "group.member-removed",
      entity,
      before: { endOn: current.endOn },
      after: { endOn: input.endOn },
      detail: { groupId: current.groupId, personId: current.personId },
    });
    return { groupId: current.groupId, version: input.version + 1 };
  });
}
