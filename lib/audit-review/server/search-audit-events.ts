import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { PageRequest } from "@/lib/pagination";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { summariseChanges, valuesVisible } from "@/lib/audit/change-summary";
import type { AuditSearchCriteria } from "@/lib/audit/search-filters";
import type { AuditSearchResult } from "@/lib/audit/audit-views";
import { readAuditPage } from "./read-audit-page";

export const AUDIT_PAGE_SIZE = 50;
/**
 * Counting every match of a broad filter on a log of millions of rows is a long scan; past this
 * many the page says "more than" and asks for a narrower search. It also bounds OFFSET paging.
 */
export const AUDIT_COUNT_CAP = 10_000;
/** A name or email fragment can match many accounts; the search looks at the first this many. */
const MAX_MATCHED_USERS = 200;

export const AUDIT_SEARCH_JUSTIFICATION = "Reviewing the audit log";

/**
 * Searches the s.62 log, newest first. Every filter is served by an AuditEvent index: actorId,
 * (entityType, entityId), event, occurredAt — each with occurredAt for the ordering. Reading the
 * log is itself logged (a consultation, "audit.searched"), with the filters used.
 */
export async function searchAuditEvents({
  actor,
  criteria,
  ...paging
}: {
  actor: Actor;
  criteria: AuditSearchCriteria;
} & PageRequest): Promise<AuditSearchResult> {
  await requirePermission(actor, "audit.read");
  const prisma = getPrisma();

  const actorIds = criteria.user
    ? (
        await prisma.user.findMany({
          where: {
            OR: [
              { name: { contains: criteria.user, mode: "insensitive" } },
              { email: { contains: criteria.user.trim().toLowerCase() } }, // stored lower-cased
            ],
          },
          select: { id: true },
          orderBy: { id: "asc" },
          take: MAX_MATCHED_USERS,
        })
      ).map((u) => u.id)
    : undefined;

  const where: Prisma.AuditEventWhereInput = {
    ...(actorIds ? { actorId: { in: actorIds } } : {}),
    ...(criteria.entityType ? { entityType: criteria.entityType } : {}),
    ...(criteria.entityId ? { entityId: criteria.entityId } : {}),
    ...(criteria.category ? { category: criteria.category } : {}),
    ...(criteria.event ? { event: criteria.event } : {}),
    ...(criteria.fromInstant || criteria.toInstant
      ? {
          occurredAt: {
            ...(criteria.fromInstant ? { gte: criteria.fromInstant } : {}),
            ...(criteria.toInstant ? { lt: criteria.toInstant } : {}),
          },
        }
      : {}),
  };

  const { rows, total, capped, page, pageSize, totalPages } = await readAuditPage({ where }, paging, {
    pageSize: AUDIT_PAGE_SIZE,
    countCap: AUDIT_COUNT_CAP,
  });

  await writeAuditBy(prisma, actor, {
    event: "audit.searched",
    entity:
      criteria.entityType && criteria.entityId
        ? { type: criteria.entityType, id: criteria.entityId }
        : { type: "audit-log", id: "search" },
    justification: AUDIT_SEARCH_JUSTIFICATION,
    detail: { filters: { ...criteria }, page, results: capped ? `more than ${AUDIT_COUNT_CAP}` : total },
  });

  const readsCaseData = can(actor.role, "offences.read");
  return {
    events: rows.map((row) => ({
      id: row.id.toString(),
      // Not yet chained by the sealer (a few seconds at most): shown by its id.
      seq: row.seq === null ? `unsealed #${row.id}` : row.seq.toString(),
      occurredAt: row.occurredAt,
      actorId: row.actorId,
      actorLabel: row.actorLabel,
      category: row.category,
      event: row.event,
      entityType: row.entityType,
      entityId: row.entityId,
      justification: row.justification,
      recipients: row.recipients,
      address: row.address,
      changes: summariseChanges(row.changes, { showValues: valuesVisible(row.entityType, readsCaseData) }),
    })),
    total,
    capped,
    page,
    pageSize,
    totalPages,
  };
}
