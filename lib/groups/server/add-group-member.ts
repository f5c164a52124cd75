import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { AddMemberInput } from "@/lib/groups/schemas";
import { displayName } from "@/lib/labels/person-name";

/**
 * Adds a person to a group with a role from a start date (groups.write: analysts). A merged-away
 * record is refused (its links live on the survivor), and so is a second current membership of the
 * same person. Audited as a combination of the person and the group records.
 */
export async function addGroupMember({
  actor,
  input,
}: ActorInput<AddMemberInput>): Promise<{ id: number; name: string }> {
  const { entity, prisma } = await requireOn(actor, "groups.write", "group", input.groupId);
  const personId = Number(input.personId);
  const [group, person] = await Promise.all([
    prisma.group.findUnique({ where: { id: input.groupId }, select: { id: true } }),
    prisma.person.findUnique({
      where: { id: personId },
      select: { id: true, surname: true, forenames: true, mergedIntoId: true },
    }),
  ]);
  if (!group) throw new AppError("NOT_FOUND");
  if (!person)
    throw new AppError("VALIDATION", { fieldErrors: { personId: ["No person has that record number"] } });
  if (person.mergedIntoId !== null) {
    throw new AppError("VALIDATION", {
      fieldErrors: { personId: [`That record was merged into record ${person.mergedIntoId}: add that one`] },
    });
  }

  return prisma.$transaction(async (tx) => {
    const current = await tx.groupMembership.findFirst({
      where: { groupId: group.id, personId, endOn: null },
      select: { id: true },
    });
    if (current)
      throw new AppError("VALIDATION", {
        fieldErrors: { personId: ["That person is already a current member of this group"] },
      });
    const row = await tx.groupMembership.create({
      data: { groupId: group.id, personId, role: input.role, startOn: input.startOn },
      select: { id: true },
    });
    await writeAuditBy(tx, actor, {
      event: "group.member-added",
      entity,
      detail: {
        membershipId: row.id,
        personId,
        role: input.role,
        startOn: input.startOn.toISOString().slice(0, 10),
      },
    });
    return { id: row.id, name: displayName(person) };
  });
}
