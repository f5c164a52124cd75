import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { refuseAccess } from "@/lib/auth/server/refuse-access";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { AddInvestigationUpdateInput } from "@/lib/investigations/schemas";

/**
 * Appends a line of enquiry to the officer in charge's update log. The log is append-only, so it
 * takes no version: two officers adding updates at once both keep theirs.
 */
export async function addInvestigationUpdate({
  actor,
  input,
}: ActorInput<AddInvestigationUpdateInput>): Promise<{ id: number; offenceId: number }> {
  const { entity, prisma } = await requireOn(actor, "investigations.update.own", "investigation", input.id);
  const investigation = await prisma.investigation.findUnique({
    where: { id: input.id },
    select: { id: true, oicId: true, offenceId: true },
  });
  if (!investigation) throw new AppError("NOT_FOUND");
  if (investigation.oicId !== actor.id)
    return refuseAccess({ actor, entity, reason: "not the officer in charge" });

  return prisma.$transaction(async (tx) => {
    const update = await tx.investigationUpdate.create({
      data: { investigationId: investigation.id, authorId: actor.id, body: input.body },
      select: { id: true },
    });
    await writeAuditBy(tx, actor, {
      event: "investigation.note-added",
      entity,
      after: { body: input.body },
      detail: { updateId: update.id },
    });
    return { id: update.id, offenceId: investigation.offenceId };
  });
}
