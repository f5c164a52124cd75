import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { dbDateOf, todayInUk } from "@/lib/dates/day";
import { isReviewOverdue, UNFINISHED_STATUSES } from "@/lib/investigations/rules";
import { PAGE_SIZE, pageWindow, type PageRequest } from "@/lib/pagination";
import type { MyInvestigations } from "@/lib/investigations/types";

/**
 * "My cases": the investigations the actor is officer in charge of and that are not finalised,
 * soonest review first (overdue ones therefore at the top, cases without a review date last).
 */
export async function listMyInvestigations({
  actor,
  page = 1,
  pageSize = PAGE_SIZE,
  now = new Date(),
}: {
  actor: Actor;
  now?: Date;
} & PageRequest): Promise<MyInvestigations> {
  await requirePermission(actor, "investigations.read");
  const prisma = getPrisma();
  const today = todayInUk(now);
  // The row rule: only cases where the actor is the officer in charge.
  const where = {
    oicId: actor.id,
    status: { in: [...UNFINISHED_STATUSES] },
  } satisfies Prisma.InvestigationWhereInput;

  const [total, overdueReviews] = await Promise.all([
    prisma.investigation.count({ where }),
    prisma.investigation.count({ where: { ...where, nextReviewOn: { lt: dbDateOf(today) } } }),
  ]);
  const window = pageWindow(page, total, pageSize);
  const rows = await prisma.investigation.findMany({
    where,
    orderBy: [{ nextReviewOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    skip: window.skip,
    take: window.take,
    select: {
      id: true,
      status: true,
      nextReviewOn: true,
      offence: {
        select: {
          id: true,
          crimeReference: true,
          recordedOn: true,
          offenceType: { select: { description: true } },
        },
      },
    },
  });

  return {
    items: rows.map((row) => ({
      id: row.id,
      offenceId: row.offence.id,
      crimeReference: row.offence.crimeReference,
      offenceDescription: row.offence.offenceType.description,
      recordedOn: row.offence.recordedOn,
      status: row.status,
      nextReviewOn: row.nextReviewOn,
      reviewOverdue: isReviewOverdue(row.nextReviewOn, today),
    })),
    total,
    overdueReviews,
    page: window.page,
    pageSize,
    totalPages: window.totalPages,
  };
}
