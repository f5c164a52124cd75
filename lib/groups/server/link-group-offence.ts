import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { LinkOffenceInput } from "@/lib/groups/schemas";

/**
 * Links an offence to a group by crime reference. A link removed earlier is restored rather than
 * duplicated; an existing live link is a field error. Audited as a combination.
 */
export async function linkGroupOffence({
  actor,
  input,
}: ActorInput<LinkOffenceInput>): Promise<{ offenceId: number }> {
  const { entity, prisma } = await requireOn(actor, "groups.write", "group", input.groupId);
  const [group, offence] = await Promise.all([
    prisma.group.findUnique({ where: { id: input.groupId }, select: { id: true } }),
    prisma.offence.findFirst({
      where: { crimeReference: { equals: input.crimeReference, mode: "insensitive" } },
      select: { id: true, crimeReference: true },
    }),
  ]);
  if (!group) throw new AppError("NOT_FOUND");
  if (!offence)
    throw new AppError("VALIDATION", {
      fieldErrors: { crimeReference: ["No offence has that crime reference"] },
    });

  return prisma.$transaction(async (tx) => {
    const key = { groupId_offenceId: { groupId: group.id, offenceId: offence.id } };
    const existing = await tx.groupOffence.findUnique({ where: key, select: { removedAt: true } });
    if (existing && existing.removedAt === null) {
      throw new AppError("VALIDATION", {
        fieldErrors: { crimeReference: ["That offence is already linked to this group"] },
      });
    }
    if (existing)
      await tx.groupOffence.update({ where: key, data: { removedAt: null, linkedAt: new Date() } });
    else await tx.groupOffence.create({ data: { groupId: group.id, offenceId: offence.id } });
    await writeAuditBy(tx, actor, {
      event: "group.offence-linked",
      entity,
      detail: { offenceId: offence.id, crimeReference: offence.crimeReference, restored: Boolean(existing) },
    });
    return { offenceId: offence.id };
  });
}
