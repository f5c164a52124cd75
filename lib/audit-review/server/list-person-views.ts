import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import { PAGE_SIZE, pageWindow, type PageRequest } from "@/lib/pagination";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import type { PersonViewsPage } from "@/lib/audit/audit-views";

/**
 * "Who viewed this person": every consultation of the person's record — who, when and the
 * justification they gave — newest first, from the (entityType, entityId, occurredAt) index.
 * Looking at this list is not viewing the person, so audit-log reads ("audit.…") are left out of
 * it; it is itself logged, against the person, as a read of the log.
 */
export async function listPersonViews({
  actor,
  personId,
  page: requestedPage = 1,
  pageSize = PAGE_SIZE,
}: {
  actor: Actor;
  personId: number;
} & PageRequest): Promise<PersonViewsPage> {
  const entity = { type: "person", id: personId };
  await requirePermission(actor, "audit.person-views.read", { entity });
  const prisma = getPrisma();

  const where: Prisma.AuditEventWhereInput = {
    entityType: "person",
    entityId: String(personId),
    category: "CONSULTATION",
    NOT: { event: { startsWith: "audit." } },
  };
  const total = await prisma.auditEvent.count({ where });
  const { page, totalPages, skip, take } = pageWindow(requestedPage, total, pageSize);
  const rows = await prisma.auditEvent.findMany({
    where,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: { id: true, occurredAt: true, actorId: true, actorLabel: true, event: true, justification: true },
  });

  await writeAudit(prisma, {
    event: "audit.searched",
    actor: auditActorOf(actor),
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
