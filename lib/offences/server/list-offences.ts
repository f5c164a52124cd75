import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import type { OffenceListQuery, OffenceSort } from "@/lib/offences/schemas";
import type { OffenceListPage } from "@/lib/offences/offence-list-dto";
import { toOffenceListRow } from "@/lib/offences/server/to-offence-list-row";
import { offenceListWhere } from "@/lib/offences/server/offence-list-where";
import { recordPersonSearch } from "@/lib/persons/server/record-person-search";

/**
 * One page of the offence list: the rows (list fields only, for every role that may read
 * offences), the total and the page window. Filtering by a person's name tells which offences that
 * person is on, so it is logged as a consultation with the name searched (s.62; issue 13.9).
 *
 * Speed on the national seed (npm run bench): the page's ids come first from a query that touches
 * only the filter and sort columns, ordered by (sort column, …, id) so the order is total and an
 * index serves it; the 25-100 rows are then read by id. A deep page therefore walks index entries,
 * not joined rows, and page 500 costs about what page 1 does. The count runs beside it.
 */
export async function listOffences({
  actor,
  query,
  exactCount = false,
}: {
  actor: Actor;
  query: OffenceListQuery;
  /** Count every match (the export's confirmation states exactly what the file will hold). */
  exactCount?: boolean;
}): Promise<OffenceListPage> {
  await requirePermission(actor, "offences.read", { entity: { type: "offence", id: "list" } });
  if (query.filters.name)
    await recordPersonSearch({ actor, kind: "offence-list", terms: query.filters.name });
  const prisma = getPrisma();
  const where = offenceListWhere(query.filters, actor);
  const from = Prisma.sql`FROM "Offence" o LEFT JOIN "Investigation" i ON i."offenceId" = o.id WHERE ${where}`;

  // The count stops at COUNT_CAP matches past the page asked for (issue 15: counting 100,000 rows
  // cost more than the page itself): beyond that the list says "more than". It selects no column
  // of Investigation, so PostgreSQL can still drop the LEFT JOIN (unique key): keep it so.
  const bound = exactCount ? 2_000_000_000 : Math.max(COUNT_CAP, query.page * query.size);
  const count = prisma.$queryRaw<
    [{ total: number }]
  >`SELECT count(*)::int AS total FROM (SELECT 1 ${from} LIMIT ${bound + 1}) AS matched`;

  const idsAt = async (page: number): Promise<number[]> => {
    const offset = (page - 1) * query.size;
    if (query.sort !== "status" && query.sort !== "review") {
      const found = await prisma.$queryRaw<{ id: number }[]>`SELECT o.id ${from}
        ORDER BY ${orderBy(query.sort, query.dir)} LIMIT ${query.size} OFFSET ${offset}`;
      return found.map((r) => r.id);
    }
    // Sorting by an investigation column: walk Investigation's (column, offenceId) index with an
    // inner join (a LEFT JOIN cannot be driven from the right-hand index), then append offences
    // that have no investigation, which always sort last.
    const d = query.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
    const column = query.sort === "status" ? Prisma.sql`i."status"` : Prisma.sql`i."nextReviewOn"`;
    const investigated = await prisma.$queryRaw<{ id: number }[]>`
      SELECT o.id FROM "Investigation" i JOIN "Offence" o ON o.id = i."offenceId" WHERE ${where}
      ORDER BY ${column} ${d}, i."offenceId" ${d} LIMIT ${query.size} OFFSET ${offset}`;
    if (investigated.length === query.size) return investigated.map((r) => r.id);
    // Where the investigated rows end: known from this page unless it started past them (only
    // possible when a whole page's worth of offences has no investigation).
    const before =
      investigated.length > 0 || offset === 0
        ? offset + investigated.length
        : (
            await prisma.$queryRaw<[{ n: number }]>`
              SELECT count(*)::int AS n FROM "Investigation" i JOIN "Offence" o ON o.id = i."offenceId" WHERE ${where}`
          )[0].n;
    const missing = await prisma.$queryRaw<{ id: number }[]>`
      SELECT o.id ${from} AND i.id IS NULL ORDER BY o.id ${d}
      LIMIT ${query.size - investigated.length} OFFSET ${Math.max(0, offset - before)}`;
    return [...investigated, ...missing].map((r) => r.id);
  };

  const [[{ total: counted }], firstTry] = await Promise.all([count, idsAt(query.page)]);
  const capped = counted > bound;
  const total = Math.min(counted, bound);
  // When capped, one page beyond the counted ones is offered (it exists: more rows matched).
  const totalPages = Math.max(1, Math.ceil(total / query.size) + (capped ? 1 : 0));
  // An old bookmark past the end shows the last page rather than an empty one.
  const page = Math.min(query.page, totalPages);
  const ids = page === query.page ? firstTry : await idsAt(page);

  const rows = await prisma.offence.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      crimeReference: true,
      recordedOn: true,
      offenceCode: true,
      offenceType: { select: { description: true } },
      npu: { select: { name: true } },
      hotspot: { select: { name: true } },
      knifeUsed: true,
      knifeRecovered: true,
      youngestVictimAge: true,
      investigation: {
        select: {
          status: true,
          outcomeCode: true,
          nextReviewOn: true,
          flaggedForScrutiny: true,
          oic: { select: { name: true } },
        },
      },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    rows: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toOffenceListRow(row)] : [];
    }),
    total,
    totalCapped: capped,
    page,
    pageSize: query.size,
    totalPages,
  };
}

/** Matches counted beyond the page asked for before the list says "more than" instead. */
export const COUNT_CAP = 10_000;

/**
 * A total order with the sort column first. Each matches an index: (recordedOn, id),
 * crimeReference (unique), (offenceCode, recordedOn), (npuId, recordedOn); ties within the
 * last are broken by id with an incremental sort. NPUs sort by id, which follows the reference
 * list's alphabetical order. Status and review date live on Investigation: see idsAt.
 */
function orderBy(sort: OffenceSort, dir: "asc" | "desc"): Prisma.Sql {
  const d = dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  switch (sort) {
    case "recorded":
      return Prisma.sql`o."recordedOn" ${d}, o.id ${d}`;
    case "reference":
      return Prisma.sql`o."crimeReference" ${d}`;
    case "offence":
      return Prisma.sql`o."offenceCode" ${d}, o."recordedOn" ${d}, o.id ${d}`;
    case "npu":
      return Prisma.sql`o."npuId" ${d}, o."recordedOn" ${d}, o.id ${d}`;
    case "status":
    case "review":
      throw new Error("investigation sorts are paged by idsAt");
  }
}
