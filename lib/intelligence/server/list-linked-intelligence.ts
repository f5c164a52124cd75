import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { IntelligenceEntry } from "@/lib/intelligence/intel-dto";
import { intelligenceAccess } from "@/lib/intelligence/server/intel-access";

const LIMIT = 200;

/**
 * The intelligence linked to a person or an offence, newest received first, under the access rule
 * (restricted items as markers for investigators). The caller has already checked the record
 * itself and logged its consultation.
 */
export async function listLinkedIntelligence({
  actor,
  to,
}: {
  actor: Actor;
  to: { personId: number } | { offenceId: number };
}): Promise<IntelligenceEntry[]> {
  const entity = "personId" in to ? { type: "person", id: to.personId } : { type: "offence", id: to.offenceId };
  await requirePermission(actor, "intel.read", { entity });
  const access = intelligenceAccess(actor);
  const link = "personId" in to ? { persons: { some: { personId: to.personId, removedAt: null } } } : { offences: { some: { offenceId: to.offenceId, removedAt: null } } };
  const rows = await getPrisma().intelligenceItem.findMany({
    where: { AND: [access.exists, link] },
    orderBy: [{ receivedOn: "desc" }, { id: "desc" }],
    take: LIMIT,
    select: access.select,
  });
  return rows.map(access.redact);
}
