import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { PAGE_SIZE, type PageRequest } from "@/lib/pagination";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import type { PersonViewsPage } from "@/lib/audit/audit-views";
import { readAuditPage } from "./read-audit-page";

/**
 * "Who viewed this person": every consultation of the person's record — who, when and the
 * justification they gave — newest first, from the (entityType, entityId, occurredAt) index.
 * Looking at this list is not viewing the person, so audit-log reads ("audit.…") are left out of
 * it; it is itself logged, against the person, as a read of the log.
 */
export async function listPersonViews({
  actor,
  personId,
  ...paging
}: {
  actor: Actor;
  personId: number;
} & PageRequest): Promise<PersonViewsPage> {
  const entity = { type: "person", id: personId };
  await requirePermission(actor, "audit.person-views.read", { entity });
  const { rows, total, page, pageSize, totalPages } = await readAuditPage(
    {
      where: {
        entityType: "person",
        entityId: String(personId),
        category: "CONSULTATION",
        NOT: { event: { startsWith: "audit." } },
      },
      select: {
        id: true,
        occurredAt: true,
        actorId: true,
        actorLabel: true,
        event: true,
        justification: true,
      },
    },
    paging,
    { pageSize: PAGE_SIZE },
  );

  await writeAuditBy(getPrisma(), actor, {
    event: "audit.searched",
    entity,
    justification: "Checking who viewed this person",
    detail: { view: "person-views", page, results: total },
  });

  return {
    views: rows.map((row) => ({ ...row, id: row.id.toString() })),
    total,
    page,
    pageSize,
    totalPages,
  };
}
