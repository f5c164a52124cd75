import "server-only";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { getPrisma } from "@/lib/db/server/prisma";
import { outcomeTypeRef } from "@/lib/reference/outcome-types";
import type { InvestigationDetail } from "@/lib/investigations/types";

/**
 * The investigation of an offence, for its section of the offence record (null when none has been
 * opened). Logs the consultation. `canEdit` is the row rule the update actions enforce again.
 */
export async function getInvestigation({
  actor,
  offenceId,
}: {
  actor: Actor;
  offenceId: number;
}): Promise<InvestigationDetail | null> {
  await requirePermission(actor, "offences.read");
  await requirePermission(actor, "investigations.read");
  const prisma = getPrisma();
  const offence = await prisma.offence.findUnique({
    where: { id: offenceId },
    select: {
      id: true,
      version: true,
      occurredOn: true,
      knifeRecovered: true,
      investigation: {
        include: {
          oic: { select: { name: true } },
          updates: {
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            include: { author: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!offence) throw new AppError("NOT_FOUND");
  await recordConsultation({
    actor,
    event: "offence.viewed",
    entity: { type: "offence", id: offence.id },
    justification: "Opened the offence record: investigation",
  });
  const inv = offence.investigation;
  if (!inv) return null;

  const canEdit = can(actor, "investigations.update.own") && inv.oicId === actor.id;
  const canReassign = can(actor, "investigations.reassign");
  const oicOptions = canReassign
    ? await prisma.user.findMany({
        where: { role: "INVESTIGATOR", disabledAt: null },
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true },
      })
    : [];

  return {
    id: inv.id,
    offenceId: offence.id,
    version: inv.version,
    offenceVersion: offence.version,
    occurredOn: offence.occurredOn,
    status: inv.status,
    oicId: inv.oicId,
    oicName: inv.oic?.name ?? null,
    outcomeCode: inv.outcomeCode,
    outcomeDescription:
      inv.outcomeCode === null ? null : (outcomeTypeRef(inv.outcomeCode)?.description ?? null),
    outcomeOn: inv.outcomeOn,
    chargedOn: inv.chargedOn,
    knifeRecovered: offence.knifeRecovered,
    nextReviewOn: inv.nextReviewOn,
    flaggedForScrutiny: inv.flaggedForScrutiny,
    scrutinyReason: inv.scrutinyReason,
    flaggedAt: inv.flaggedAt,
    updates: inv.updates.map((u) => ({
      id: u.id,
      authorName: u.author.name,
      createdAt: u.createdAt,
      body: u.body,
    })),
    canEdit,
    canReassign,
    oicOptions,
  };
}
