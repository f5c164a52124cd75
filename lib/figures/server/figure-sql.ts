import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { OFFENCE_CODES, offenceCodesInCategory } from "@/lib/reference/offence-codes";
import { POSITIVE_OUTCOME_CODES } from "@/lib/reference/outcome-types";
import { SCRUTINY_CATEGORIES } from "@/lib/reference/scrutiny-categories";
import { OUTCOME_GROUPS } from "@/lib/reference/outcome-groups";
import type { DayRange } from "@/lib/figures/rules";
import type { IsoDay } from "@/lib/dates/day";
import { outcomeCodeAsAt } from "@/lib/offences/server/outcome-as-at";

// SQL pieces of the figures. Each says exactly what the offence list's filter of the same name says
// (lib/offences/server/offence-list-where.ts), so a figure and its drill-down count the same rows;
// the integration tests check every cell.
//
// The figures read `FigureOffence f` (issue 15): one narrow row per offence, kept by triggers in
// the transaction of every change (migration figure_offence), served by an index over the rows in
// scope. `figureRows("live")` derives the same rows from Offence ⋈ Investigation, the definition
// itself; figures-equivalence.integration.test.ts computes every table both ways and compares.

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

/** Where the figures read: the kept copy (the page) or the definition over the case tables (the test). */
export type FigureRows = "kept" | "live";

/** The figures' rows, to be aliased `f`: the same columns from either source. */
export function figureRows(rows: FigureRows = "kept"): Prisma.Sql {
  if (rows === "kept") return Prisma.sql`"FigureOffence"`;
  return Prisma.sql`(SELECT o.id AS "offenceId", o."recordedOn", o."npuId", ${CATEGORY_SQL} AS "category",
      o."youngestVictimAge", o."knifeUsed", o."knifeRecovered", o."hotspotId" IS NOT NULL AS "inHotspot",
      o."harmScore", i."outcomeCode", i."outcomeOn"
    FROM "Offence" o LEFT JOIN "Investigation" i ON i."offenceId" = o.id)`;
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
