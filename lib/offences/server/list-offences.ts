import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import type { OffenceListQuery } from "@/lib/offences/schemas";
import { encodeCursor, type KeyValue, type OffenceListCursor } from "@/lib/offences/list-cursor";
import {
  keyColumns,
  keyOf,
  keyRow,
  offenceListTiers,
  usableCursor,
  valueRow,
  type Tier,
} from "@/lib/offences/server/offence-list-keys";
import type { OffenceListPage, OffenceListRow } from "@/lib/offences/offence-list-dto";
import { toOffenceListRow } from "@/lib/offences/server/to-offence-list-row";
import { investigationListWhere, offenceListWhere } from "@/lib/offences/server/offence-list-where";
import { recordPersonSearch } from "@/lib/audit/server/record-person-search";

/**
 * One page of the offence list: the rows (list fields only, for every role that may read
 * offences), the total and the page window. Filtering by a person's name tells which offences that
 * person is on, so it is logged as a consultation with the name searched (s.62; issue 13.9).
 *
 * Speed on the national seed (npm run bench): the page's ids come first from a query that touches
 * only the filter and sort columns, ordered by (sort column, …, id) so the order is total and an
 * index serves it; the 25-100 rows are then read by id. A page number skips the rows before it
 * (OFFSET), over Investigation alone when the sort and every filter are on it (or "knife used",
 * copied onto it), so the offset walks one index; the Previous and Next links carry the key of the
 * page's first or last row and read from there (keyset, offence-list-keys.ts), so a deep page
 * reached by them costs what page 1 does even when no index serves the filter and the sort
 * together. The count runs beside it, bounded as for page 1.
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

  // The count stops at COUNT_CAP matches (issue 15: counting 100,000 rows cost more than the page
  // itself): beyond that the list says "more than". It selects no column of Investigation, so
  // PostgreSQL can still drop the LEFT JOIN (unique key): keep it so. Every page counts as page 1
  // does, whether reached by its Previous or Next link or by its number (see below), so a deep
  // page costs what page 1 does; only a page number past the end counts up to it.
  const cursor = usableCursor(query.cursor, query.sort, query.dir);
  const countUpTo = async (bound: number) => {
    const [{ total }] = await prisma.$queryRaw<
      [{ total: number }]
    >`SELECT count(*)::int AS total FROM (SELECT 1 ${from} LIMIT ${bound + 1}) AS matched`;
    return total;
  };
  let bound = exactCount ? 2_000_000_000 : COUNT_CAP;

  const tiers = offenceListTiers(query.sort, query.dir);
  const d = query.dir === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const back = query.dir === "asc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  // A tier of investigations under filters all on the investigation (or "knife used", copied onto
  // it) is read from Investigation alone when reached by a page number: the offset then walks one
  // index (e.g. knife used, next review, offence) rather than checking each row's offence.
  const onInvestigation = investigationListWhere(query.filters, actor);
  const source = (tier: Tier, alone: boolean) =>
    alone && tier.investigations && onInvestigation
      ? { id: Prisma.sql`i."offenceId"`, from: Prisma.sql`"Investigation" i`, where: onInvestigation }
      : { id: Prisma.sql`o.id`, from: tier.from, where };

  /** Up to `limit` rows of one tier in the list's order (or reversed), with their keys. */
  const read = async (
    t: number,
    limit: number,
    extra: Prisma.Sql,
    { offset = 0, reversed = false, alone = false } = {},
  ) => {
    const tier = tiers[t]!;
    const order = Prisma.join(
      tier.columns.map((c) => Prisma.sql`${c.sql} ${reversed ? back : d}`),
      ", ",
    );
    const s = source(tier, alone);
    const found = await prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT ${s.id} AS id, ${keyColumns(tier)} FROM ${s.from} WHERE ${s.where} AND ${tier.only} AND ${extra}
      ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
    return found.map((r): Keyed => ({ id: Number(r.id), tier: t, key: keyOf(tier, r) }));
  };

  // A page number: skip the rows before it, tier by tier. A tier's size is counted only when the
  // page starts past its end (the first tier holds all but a few offences).
  const idsAt = async (page: number): Promise<Keyed[]> => {
    let offset = (page - 1) * query.size;
    const out: Keyed[] = [];
    for (let t = 0; t < tiers.length && out.length < query.size; t++) {
      const found = await read(t, query.size - out.length, Prisma.sql`TRUE`, { offset, alone: true });
      if (found.length === 0 && offset > 0 && t < tiers.length - 1) {
        const s = source(tiers[t]!, true);
        const [{ n }] = await prisma.$queryRaw<[{ n: number }]>`
          SELECT count(*)::int AS n FROM ${s.from} WHERE ${s.where} AND ${tiers[t]!.only}`;
        offset = Math.max(0, offset - n);
        continue;
      }
      out.push(...found);
      offset = 0;
    }
    return out;
  };

  // A Previous or Next link: the rows after (or before) the key it carries, an index range.
  const idsFrom = async (cursor: OffenceListCursor): Promise<Keyed[]> => {
    const forwards = cursor.direction === "after";
    const out: Keyed[] = [];
    for (let t = cursor.tier; t >= 0 && t < tiers.length && out.length < query.size; t += forwards ? 1 : -1) {
      const tier = tiers[t]!;
      const after = forwards === (query.dir === "asc");
      const op = after ? Prisma.sql`>` : Prisma.sql`<`;
      const twin = tier.columns.length === 1 ? tier.columns[0]!.twin : undefined;
      const value = valueRow(tier, cursor.key);
      const past =
        t !== cursor.tier
          ? Prisma.sql`TRUE`
          : twin
            ? Prisma.sql`${keyRow(tier)} ${op} ${value} AND (${twin}) ${op} ${value}`
            : tier.columns.length > 1
              ? // the first column bounded alone too, so an index that leads with it after the
                // filter's columns (e.g. NPU, recorded) starts at the cursor, not at its first row
                Prisma.sql`${keyRow(tier)} ${op} ${value} AND ${tier.columns[0]!.sql} ${after ? Prisma.sql`>=` : Prisma.sql`<=`} ${valueRow({ ...tier, columns: tier.columns.slice(0, 1) }, cursor.key)}`
              : Prisma.sql`${keyRow(tier)} ${op} ${value}`;
      out.push(...(await read(t, query.size - out.length, past, { reversed: !forwards })));
    }
    return forwards ? out : out.reverse();
  };

  const [firstCount, found] = await Promise.all([
    countUpTo(bound),
    cursor ? idsFrom(cursor) : idsAt(query.page),
  ]);
  let counted = firstCount;
  // A cursor that finds no page (its rows were deleted), or going back finds less than a page
  // (rows were added before it), gives way to the page number. A page number past the end (an
  // old bookmark) counts up to it, to find the last page.
  const cursorMissed =
    cursor !== undefined &&
    (found.length === 0 || (cursor.direction === "before" && found.length < query.size));
  const pastEnd = !cursor && query.page > 1 && found.length === 0;
  if (pastEnd && bound < query.page * query.size) {
    bound = query.page * query.size;
    counted = await countUpTo(bound);
  }
  let capped = counted > bound;
  let total = Math.min(counted, bound);
  if (!cursorMissed && !pastEnd) {
    // Counted like page 1; the rows up to this page are known to exist, and a short page is the last.
    const reached = (query.page - 1) * query.size + found.length;
    if (capped && found.length < query.size) [capped, total] = [false, reached];
    else total = Math.max(total, reached);
  }
  // When capped, one page beyond the counted ones is offered (it exists: more rows matched).
  const totalPages = Math.max(1, Math.ceil(total / query.size) + (capped ? 1 : 0));
  // An old bookmark past the end shows the last page rather than an empty one.
  const page = Math.min(query.page, totalPages);
  const keyed =
    page === query.page && !cursorMissed
      ? found
      : await idsAt(cursorMissed && cursor.direction === "before" ? 1 : page);
  const shownPage = cursorMissed && cursor.direction === "before" ? 1 : page;
  const ids = keyed.map((k) => k.id);
  const cursorOf = (k: Keyed | undefined) =>
    k ? encodeCursor({ sort: query.sort, dir: query.dir, tier: k.tier, key: k.key }) : null;

  const rows = await listRowsOf(ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    rows: ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toOffenceListRow(row)] : [];
    }),
    total,
    totalCapped: capped,
    page: shownPage,
    cursors: { before: cursorOf(keyed[0]), after: cursorOf(keyed[keyed.length - 1]) },
    pageSize: query.size,
    totalPages,
  };
}

type Keyed = { id: number; tier: number; key: KeyValue[] };

/** Matches counted beyond the page asked for before the list says "more than" instead. */
export const COUNT_CAP = 10_000;

type ListRowColumns = {
  id: number;
  crimeReference: string;
  recordedOn: Date;
  offenceCode: string;
  description: string;
  npu: string;
  hotspot: string | null;
  knifeUsed: boolean;
  knifeRecovered: boolean;
  youngestVictimAge: number | null;
  investigationId: number | null;
  status: OffenceListRow["status"];
  outcomeCode: number | null;
  nextReviewOn: Date | null;
  flaggedForScrutiny: boolean | null;
  oic: string | null;
};

/**
 * The page's rows by id, with their code's description, NPU, hotspot, investigation and officer
 * in charge, in one statement (issue 15: a findMany sent one statement per relation, six in all).
 */
async function listRowsOf(ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await getPrisma().$queryRaw<ListRowColumns[]>`
    SELECT o.id, o."crimeReference", o."recordedOn", o."offenceCode", c.description, n."name" AS npu,
      h."name" AS hotspot, o."knifeUsed", o."knifeRecovered", o."youngestVictimAge",
      i.id AS "investigationId", i.status::text AS status, i."outcomeCode", i."nextReviewOn",
      i."flaggedForScrutiny", u."name" AS oic
    FROM "Offence" o
    JOIN "OffenceCode" c ON c.code = o."offenceCode"
    JOIN "Npu" n ON n.id = o."npuId"
    LEFT JOIN "Hotspot" h ON h.id = o."hotspotId"
    LEFT JOIN "Investigation" i ON i."offenceId" = o.id
    LEFT JOIN "User" u ON u.id = i."oicId"
    WHERE o.id = ANY(${ids}::int[])`;
  return rows.map((row) => ({
    id: row.id,
    crimeReference: row.crimeReference,
    recordedOn: row.recordedOn,
    offenceCode: row.offenceCode,
    offenceType: { description: row.description },
    npu: { name: row.npu },
    hotspot: row.hotspot === null ? null : { name: row.hotspot },
    knifeUsed: row.knifeUsed,
    knifeRecovered: row.knifeRecovered,
    youngestVictimAge: row.youngestVictimAge,
    investigation:
      row.investigationId === null
        ? null
        : {
            status: row.status,
            outcomeCode: row.outcomeCode,
            nextReviewOn: row.nextReviewOn,
            flaggedForScrutiny: row.flaggedForScrutiny ?? false,
            oic: row.oic === null ? null : { name: row.oic },
          },
  }));
}
