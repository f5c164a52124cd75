import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { OFFENCE_CODES, offenceCodesInCategory } from "@/lib/reference/offence-codes";
import { POSITIVE_OUTCOME_CODES } from "@/lib/reference/outcome-types";
import { SCRUTINY_CATEGORIES } from "@/lib/reference/scrutiny-categories";
import { OUTCOME_GROUPS } from "@/lib/reference/outcome-groups";
import type { Actor } from "@/lib/auth/actor";
import type { DayRange, FigureWindow } from "@/lib/figures/rules";
import { addDays, type IsoDay } from "@/lib/dates/day";
import { outcomeCodeAsAt } from "@/lib/offences/server/outcome-as-at";

// SQL pieces of the figures. Each says exactly what the offence list's filter of the same name says
// (lib/offences/server/offence-list-where.ts), so a figure and its drill-down count the same rows;
// the integration tests check every cell.
//
// The figures read `syvRows` (issue 15): whole months from FigureMonth, counts per key kept by
// triggers in the transaction of every change (migrations figure_offence, figure_month), and the
// rest from FigureOffence, one narrow row per offence kept the same way. `syvRows("live")` derives
// the same rows from Offence ⋈ Investigation, the definition itself;
// figures-equivalence.integration.test.ts computes every table both ways and compares.

const SCRUTINY_CODES = OFFENCE_CODES.filter((c) => c.scrutinyCategoryCode !== null).map((c) => c.code);

/** Serious youth violence over `"Offence" o`: a scrutiny category, youngest victim under 25 on the day (docs/domain.md). */
export const SYV_SQL = Prisma.sql`o."offenceCode" IN (${Prisma.join(SCRUTINY_CODES)}) AND o."youngestVictimAge" < 25`;

/** The same over the figures' rows; exactly the predicate of their index, so the index serves it. */
export const FIGURE_SYV_SQL = Prisma.sql`f."category" IS NOT NULL AND f."youngestVictimAge" < 25`;

/** Recorded within the range, both ends included (offences count by their recorded date). */
export function recordedIn(range: DayRange, from: "o" | "f" = "o"): Prisma.Sql {
  const row = Prisma.raw(from);
  return Prisma.sql`${row}."recordedOn" >= ${range.from}::date AND ${row}."recordedOn" <= ${range.to}::date`;
}

/** The scrutiny category code of the row (ROBBERY, VWI, ATTEMPT_MURDER, HOMICIDE) or NULL. */
export const CATEGORY_SQL = Prisma.sql`CASE ${Prisma.join(
  SCRUTINY_CATEGORIES.map(
    (c) =>
      Prisma.sql`WHEN o."offenceCode" IN (${Prisma.join(offenceCodesInCategory(c.code))}) THEN ${c.code}::text`,
  ),
  " ",
)} END`;

/**
 * Where the figures read: the kept stores (the page), or the definition over the case tables (the
 * test). "kept" is FigureMonth for whole months and FigureOffence for the rest ("months"), as at
 * any day: the outcomes dated after a past as-at day are read by an index on (outcome date,
 * recorded date) and only for the figures whose numbers they change (SyvOptions), which cost less
 * than reading every offence in the window ("offences", the page's path for past days until
 * issue 15's second round; kept so the test still compares it). The test names each path.
 */
export type FigureRows = "kept" | "months" | "offences" | "live";

/** What every figures table is read with: who asks, the window, and where its rows come from (default "kept"). */
export type FigureTableOptions = { actor: Actor; window: FigureWindow; source?: FigureRows };

export function resolveRows(rows: FigureRows): "months" | "offences" | "live" {
  return rows === "kept" ? "months" : rows;
}

/**
 * What a figure reads of the outcomes, so rows that cannot change it are left out (issue 15: as at
 * a past day, rewinding was most of a figure's cost). Rewinding an outcome dated after the as-at
 * day adds a row (w = +1, no outcome) and takes one away (w = -1, its outcome) with every other
 * column equal, so the two cancel in any count that does not look at that outcome:
 * - "all" (the default): every outcome is rewound;
 * - "positive": the figure counts only positive outcomes (positiveSql), so only positive ones are
 *   rewound; rows may then hold another outcome dated after the as-at day, which it never reads;
 * - "none": it counts offences, knives or hotspots; nothing is rewound and the rows' outcome
 *   columns are NULL, so no such figure can read an outcome as it is now by mistake.
 */
export type SyvOptions = {
  outcomes?: "all" | "positive" | "none";
  /**
   * The figure counts the whole force: it reads no NPU and no hotspot. Whole months then come from
   * FigureMonthForce (FigureMonth summed over both, an eighth of its rows) with those columns NULL;
   * a figure that read them would differ from the definition in figures-equivalence's test.
   */
  force?: boolean;
};

const BASE_COLUMNS = Prisma.sql`"recordedOn", "npuId", "category", "knifeUsed", "knifeRecovered", "inHotspot"`;
const columns = (outcomes: SyvOptions["outcomes"]) =>
  outcomes !== "none"
    ? Prisma.sql`${BASE_COLUMNS}, "outcomeCode", "outcomeOn"`
    : Prisma.sql`${BASE_COLUMNS}, NULL::int AS "outcomeCode", NULL::date AS "outcomeOn"`;

/** One row per offence, to be filtered: the kept copy or the definition itself. */
function offenceRows(rows: FigureRows): Prisma.Sql {
  if (rows !== "live") return Prisma.sql`"FigureOffence"`;
  return Prisma.sql`(SELECT o.id AS "offenceId", o."recordedOn", o."npuId", ${CATEGORY_SQL} AS "category",
      o."youngestVictimAge", o."knifeUsed", o."knifeRecovered", o."hotspotId" IS NOT NULL AS "inHotspot",
      i."outcomeCode", i."outcomeOn"
    FROM "Offence" o LEFT JOIN "Investigation" i ON i."offenceId" = o.id)`;
}

/**
 * The figures' rows in scope (serious youth violence) recorded within the ranges, to be aliased `f`:
 * the columns of FigureOffence and a weight `w`, so a figure counts `sum(f.w)` (see `total`); harm
 * is the hotspot figures' (harm-sql.ts). Kept, whole months come from FigureMonth (a row per key with
 * w = its count, recordedOn its month's first day, outcomeOn NULL: the outcome as it
 * is now); part-months from FigureOffence (w = 1); and each offence of those months whose outcome
 * is dated after the as-at day is rewound (w = -1 with its outcome, w = +1 with none). Every figure
 * groups by month or coarser, so a month's first day stands for its days.
 */
export function syvRows(
  rows: FigureRows,
  ranges: DayRange[],
  asAt: IsoDay,
  { outcomes = "all", force = false }: SyvOptions = {},
): Prisma.Sql {
  // One index range scan per span (an OR of spans may be planned as a scan of them all).
  const single = (within: DayRange[]) =>
    Prisma.join(
      within.map(
        (r) => Prisma.sql`SELECT ${columns(outcomes)}, 1 AS w FROM ${offenceRows(rows)} f
          WHERE ${FIGURE_SYV_SQL} AND ${recordedIn(r, "f")}`,
      ),
      " UNION ALL ",
    );
  if (resolveRows(rows) !== "months") return Prisma.sql`(${single(ranges)})`;

  const parts = ranges.map(splitByMonth);
  const months = parts.flatMap((p) => (p.months ? [p.months] : []));
  const edges = parts.flatMap((p) => p.edges);
  const pieces: Prisma.Sql[] = [];
  const rewound =
    outcomes === "positive"
      ? Prisma.sql`f."outcomeCode" IN (${Prisma.join(POSITIVE_OUTCOME_CODES)})`
      : Prisma.sql`f."outcomeCode" IS NOT NULL`;
  if (edges.length > 0) pieces.push(single(edges));
  for (const m of months) {
    pieces.push(Prisma.sql`SELECT m."month" AS "recordedOn", ${force ? Prisma.sql`NULL::int` : Prisma.sql`m."npuId"`} AS "npuId",
        m."category", m."knifeUsed", m."knifeRecovered",
        ${force ? Prisma.sql`NULL::boolean` : Prisma.sql`m."inHotspot"`} AS "inHotspot",
        ${outcomes !== "none" ? Prisma.sql`nullif(m."outcomeCode", -1)` : Prisma.sql`NULL::int`} AS "outcomeCode",
        NULL::date AS "outcomeOn", m."n" AS w
      FROM ${force ? Prisma.sql`"FigureMonthForce"` : Prisma.sql`"FigureMonth"`} m
      WHERE m."month" >= ${m.from}::date AND m."month" < ${m.until}::date`);
    if (outcomes !== "none")
      pieces.push(Prisma.sql`SELECT f."recordedOn", f."npuId", f."category", f."knifeUsed", f."knifeRecovered",
        f."inHotspot", x.code AS "outcomeCode", NULL::date AS "outcomeOn", x.w
      FROM "FigureOffence" f CROSS JOIN LATERAL (VALUES (f."outcomeCode", -1), (NULL::int, 1)) AS x(code, w)
      WHERE ${FIGURE_SYV_SQL} AND f."outcomeOn" IS NOT NULL AND f."outcomeOn" > ${asAt}::date
        AND ${rewound}
        AND f."recordedOn" >= ${m.from}::date AND f."recordedOn" < ${m.until}::date`);
  }
  if (pieces.length === 0) return Prisma.sql`(${single(ranges)})`;
  return Prisma.sql`(${Prisma.join(pieces, " UNION ALL ")})`;
}

/**
 * Days from recording to outcome of the offences in scope recorded in the range whose outcome (1-23)
 * was assigned and dated by the as-at day, to be aliased `l`: `lag` and a weight `w`. Kept, whole
 * months come from FigureLag (outcomes as they are now) less those dated after the as-at day; the
 * rest from FigureOffence.
 */
export function lagRows(range: DayRange, asAt: IsoDay): Prisma.Sql {
  const perRow = (within: DayRange[]) =>
    Prisma.sql`SELECT f."outcomeOn" - f."recordedOn" AS lag, 1 AS w FROM "FigureOffence" f
      WHERE ${FIGURE_SYV_SQL} AND ${outcomedSql(asAt)} AND f."outcomeOn" IS NOT NULL AND (${Prisma.join(
        within.map((r) => Prisma.sql`(${recordedIn(r, "f")})`),
        " OR ",
      )})`;
  const { months, edges } = splitByMonth(range);
  if (!months) return Prisma.sql`(${perRow([range])})`;
  const pieces = [
    Prisma.sql`SELECT m."lag", m."n" AS w FROM "FigureLag" m
      WHERE m."month" >= ${months.from}::date AND m."month" < ${months.until}::date`,
    Prisma.sql`SELECT f."outcomeOn" - f."recordedOn" AS lag, -1 AS w FROM "FigureOffence" f
      WHERE ${FIGURE_SYV_SQL} AND f."outcomeOn" IS NOT NULL AND f."outcomeOn" > ${asAt}::date
        AND f."outcomeCode" > 0
        AND f."recordedOn" >= ${months.from}::date AND f."recordedOn" < ${months.until}::date`,
  ];
  if (edges.length > 0) pieces.push(perRow(edges));
  return Prisma.sql`(${Prisma.join(pieces, " UNION ALL ")})`;
}

/** How many offences the rows stand for (0, not NULL, when none), optionally only those matching. */
export function weighted(where?: Prisma.Sql): Prisma.Sql {
  return where
    ? Prisma.sql`coalesce(sum(f.w) FILTER (WHERE ${where}), 0)::int`
    : Prisma.sql`coalesce(sum(f.w), 0)::int`;
}

/** The whole months within a range ([from, until)), and the days outside them (at most two spans). */
export function splitByMonth(range: DayRange): {
  months: { from: IsoDay; until: IsoDay } | null;
  edges: DayRange[];
} {
  const first = range.from.endsWith("-01") ? range.from : monthStart(range.from, 1);
  const until = monthStart(addDays(range.to, 1), 0);
  if (first >= until) return { months: null, edges: range.from <= range.to ? [range] : [] };
  const edges: DayRange[] = [];
  if (range.from < first) edges.push({ from: range.from, to: addDays(first, -1) });
  if (until <= range.to) edges.push({ from: until, to: range.to });
  return { months: { from: first, until }, edges };
}

function monthStart(isoDay: IsoDay, monthsLater: number): IsoDay {
  const d = new Date(`${isoDay}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + monthsLater, 1))
    .toISOString()
    .slice(0, 10) as IsoDay;
}

// Outcomes are counted as they stood at the end of the as-at day: one dated later had not happened
// (outcome-as-at.ts). Every figure's drill-down carries `outcomeby` = the as-at day to match.

/** The outcome group slug of the row; NULL when no outcome (1-23) was assigned by `asAt`. */
export function outcomeGroupSql(asAt: IsoDay): Prisma.Sql {
  const code = outcomeCodeAsAt(asAt, "f");
  return Prisma.sql`CASE ${Prisma.join(
    OUTCOME_GROUPS.map((g) => Prisma.sql`WHEN ${code} IN (${Prisma.join(g.codes)}) THEN ${g.slug}::text`),
    " ",
  )} END`;
}

export function positiveSql(asAt: IsoDay): Prisma.Sql {
  return Prisma.sql`${outcomeCodeAsAt(asAt, "f")} IN (${Prisma.join(POSITIVE_OUTCOME_CODES)})`;
}

export function outcomedSql(asAt: IsoDay): Prisma.Sql {
  return Prisma.sql`${outcomeCodeAsAt(asAt, "f")} > 0`;
}
