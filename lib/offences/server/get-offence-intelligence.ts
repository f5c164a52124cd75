import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import { getPrisma } from "@/lib/db/server/prisma";
import type { LinkedIntelligence } from "@/lib/intelligence/intel-dto";
import { listLinkedIntelligence } from "@/lib/intelligence/server/list-linked-intelligence";

export type { RestrictedIntelligence, VisibleIntelligence } from "@/lib/intelligence/intel-dto";

/**
 * Intelligence linked to an offence, newest first, under the one intelligence access rule
 * (lib/intelligence/server/intel-access.ts): C-coded text, grading and conditions never reach an
 * actor without intel.restricted.read, nor which C-coded item is about this offence. Logs the
 * consultation.
 */
export async function getOffenceIntelligence({
  actor,
  offenceId,
}: {
  actor: Actor;
  offenceId: number;
}): Promise<LinkedIntelligence> {
  const entity = { type: "offence", id: offenceId };
  await requirePermission(actor, "offences.read", { entity });
  await requirePermission(actor, "intel.read", { entity });
  const offence = await getPrisma().offence.findUnique({ where: { id: offenceId }, select: { id: true } });
  if (!offence) throw new AppError("NOT_FOUND");
  await recordConsultation({
    actor,
    event: "offence.viewed",
    entity,
    justification: "Opened the offence record: intelligence",
  });
  return listLinkedIntelligence({ actor, to: { offenceId } });
}
