import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { OFFENCE_CODES, offenceCodesInCategory } from "@/lib/reference/offence-codes";
import { POSITIVE_OUTCOME_CODES } from "@/lib/reference/outcome-types";
import { SCRUTINY_CATEGORIES } from "@/lib/reference/scrutiny-categories";
import { OUTCOME_GROUPS } from "@/lib/figures/outcome-groups";
import type { DayRange } from "@/lib/figures/rules";
import type { IsoDay } from "@/lib/offences/rules";
import { outcomeCodeAsAt } from "@/lib/offences/server/outcome-as-at";

// SQL pieces of the figures over `"Offence" o LEFT JOIN "Investigation" i`. Each says exactly what
// the offence list's filter of the same name says (lib/offences/server/offence-list-where.ts), so
// a figure and its drill-down count the same rows; the integration tests check every cell.

const SCRUTINY_CODES = OFFENCE_CODES.filter((c) => c.scrutinyCategoryCode !== null).map((c) => c.code);

/** Serious youth violence: a scrutiny category, youngest victim under 25 on the day (docs/domain.md). */
export const SYV_SQL = Prisma.sql`o."offenceCode" IN (${Prisma.join(SCRUTINY_CODES)}) AND o."youngestVictimAge" < 25`;

/** Recorded within the range, both ends included (offences count by their recorded date). */
export function recordedIn(range: DayRange): Prisma.Sql {
  return Prisma.sql`o."recordedOn" >= ${range.from}::date AND o."recordedOn" <= ${range.to}::date`;
}

/** The scrutiny category code of the row (ROBBERY, VWI, ATTEMPT_MURDER, HOMICIDE) or NULL. */
export const CATEGORY_SQL = Prisma.sql`CASE ${Prisma.join(
  SCRUTINY_CATEGORIES.map(
    (c) =>
      Prisma.sql`WHEN o."offenceCode" IN (${Prisma.join(offenceCodesInCategory(c.code))}) THEN ${c.code}::text`,
  ),
  " ",
)} END`;

// Outcomes are counted as they stood at the end of the as-at day: one dated later had not happened
// (outcome-as-at.ts). Every figure's drill-down carries `outcomeby` = the as-at day to match.

/** The outcome group slug of the row; NULL when no outcome (1-23) was assigned by `asAt`. */
export function outcomeGroupSql(asAt: IsoDay): Prisma.Sql {
  const code = outcomeCodeAsAt(asAt);
  return Prisma.sql`CASE ${Prisma.join(
    OUTCOME_GROUPS.map((g) => Prisma.sql`WHEN ${code} IN (${Prisma.join(g.codes)}) THEN ${g.slug}::text`),
    " ",
  )} END`;
}

export function positiveSql(asAt: IsoDay): Prisma.Sql {
  return Prisma.sql`${outcomeCodeAsAt(asAt)} IN (${Prisma.join(POSITIVE_OUTCOME_CODES)})`;
}

export function outcomedSql(asAt: IsoDay): Prisma.Sql {
  return Prisma.sql`${outcomeCodeAsAt(asAt)} > 0`;
}
