import "server-only";
import { AppError } from "@/lib/errors";
import type { ActorInput } from "@/lib/auth/actor";
import { requireOn } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { ReassignInvestigationInput } from "@/lib/investigations/schemas";

/** An analyst or the chair makes another active investigator the officer in charge. */
export async function reassignInvestigation({
  actor,
  input,
}: ActorInput<ReassignInvestigationInput>): Promise<{ id: number; offenceId: number; version: number }> {
  const { entity, prisma } = await requireOn(actor, "investigations.reassign", "investigation", input.id);
  const [current, oic] = await Promise.all([
    prisma.investigation.findUnique({
      where: { id: input.id },
      select: { id: true, offenceId: true, version: true, oicId: true },
    }),
    prisma.user.findUnique({
      where: { id: input.oicId },
      select: { id: true, name: true, role: true, disabledAt: true },
    }),
  ]);
  if (!current) throw new AppError("NOT_FOUND");
  if (!oic || oic.role !== "INVESTIGATOR" || oic.disabledAt) {
    throw new AppError("VALIDATION", { fieldErrors: { oicId: ["Select an active investigator"] } });
  }
  if (current.version !== input.version) throw new AppError("CONFLICT");
  if (current.oicId === oic.id)
    return { id: current.id, offenceId: current.offenceId, version: current.version };

  return prisma.$transaction(async (tx) => {
    const written = await tx.investigation.updateMany({
      where: { id: current.id, version: input.version },
      data: { oicId: oic.id, version: { increment: 1 } },
    });
    if (written.count === 0) throw new AppError("CONFLICT");
    await writeAuditBy(tx, actor, {
      event: "investigation.reassigned",
      entity,
      before: { oicId: current.oicId },
      after: { oicId: oic.id },
      detail: { newOfficerInCharge: oic.name },
    });
    return { id: current.id, offenceId: current.offenceId, version: input.version + 1 };
  });
}
