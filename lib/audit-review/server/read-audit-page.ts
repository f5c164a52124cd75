import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import { pageWindow, type PageRequest } from "@/lib/pagination";

type AuditRowArgs = { where: Prisma.AuditEventWhereInput; select?: Prisma.AuditEventSelect };

/**
 * One page of the s.62 log, newest first (every AuditEvent index ends in occurredAt), and how
 * many rows match. With `countCap`, counting stops one past the cap (a broad filter on millions of
 * rows is a long scan) and `total` is the cap with `capped` set. The caller logs its own read.
 * `paging` is the data function's request (page 1 and `pageSize` when absent).
 */
export async function readAuditPage<A extends AuditRowArgs>(
  args: A,
  { page: requestedPage = 1, pageSize: asked }: PageRequest,
  { pageSize: byDefault, countCap }: { pageSize: number; countCap?: number },
) {
  const pageSize = asked ?? byDefault;
  const prisma = getPrisma();
  const counted = await prisma.auditEvent.count({
    where: args.where,
    ...(countCap === undefined ? {} : { take: countCap + 1 }),
  });
  const capped = countCap !== undefined && counted > countCap;
  const total = capped ? countCap : counted;
  const { page, totalPages, skip, take } = pageWindow(requestedPage, total, pageSize);
  const rows = (await prisma.auditEvent.findMany({
    ...args,
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    skip,
    take,
  })) as Prisma.AuditEventGetPayload<A>[];
  return { rows, total, capped, page, pageSize, totalPages };
}
