import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import { formatDateTime } from "@/lib/dates/format";
import type { SavedBy } from "@/lib/audit/saved-by";

/** Who last changed a record and when, from its latest ALTERATION audit row (for conflict messages). */
export async function lastSavedBy(tx: Tx, entityType: string, id: number): Promise<SavedBy> {
  const last = await tx.auditEvent.findFirst({
    where: { entityType, entityId: String(id), category: "ALTERATION" },
    // By id, not seq: the newest rows may not be sealed yet (seq is null until then).
    orderBy: { id: "desc" },
    select: { actorLabel: true, occurredAt: true },
  });
  return last ? { label: last.actorLabel, at: formatDateTime(last.occurredAt) } : null;
}
