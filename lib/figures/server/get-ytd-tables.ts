import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { countPart, inRange, textPart, type Drill, type FigureTable } from "@/lib/figures/figure-table";
import { percentChange, percentNumber, rangeLabel, type FigureWindow } from "@/lib/figures/rules";
import { syvRows, weighted, type FigureTableOptions } from "@/lib/figures/server/figure-sql";
import type { ScrutinyCategoryCode } from "@/lib/reference/scrutiny-categories";

type Column = { label: string; category: ScrutinyCategoryCode; knifeOnly: boolean };

// The board report's two year-to-date tables (seed paragraph 8), columns in the report's order.
const YTD: Column[] = [
  { label: "Robbery", category: "ROBBERY", knifeOnly: false },
  { label: "Violence with Injury", category: "VWI", knifeOnly: false },
  { label: "VWI Knife Used", category: "VWI", knifeOnly: true },
  { label: "Attempt Murder", category: "ATTEMPT_MURDER", knifeOnly: false },
  { label: "Homicide", category: "HOMICIDE", knifeOnly: false },
];
const KNIFE: Column[] = [
  { label: "Robbery with knife used", category: "ROBBERY", knifeOnly: true },
  { label: "VWI Knife Used", category: "VWI", knifeOnly: true },
  { label: "Attempt Murder with knife", category: "ATTEMPT_MURDER", knifeOnly: true },
  { label: "Homicide with knife", category: "HOMICIDE", knifeOnly: true },
];

type Cell = { category: ScrutinyCategoryCode; knife: boolean; current: boolean; n: number };

/**
 * "Under 25 Violence with Injury (YTD)" and its knife-crime table: each column's count this year
 * to date against the same span a year earlier, and the % change. One GROUP BY over both spans.
 */
export async function getYtdTables({
  actor,
  window,
  source,
}: FigureTableOptions): Promise<[FigureTable, FigureTable]> {
  await requirePermission(actor, "figures.read");
  const cells = await getPrisma().$queryRaw<Cell[]>`
    SELECT f."category", f."knifeUsed" AS knife,
           f."recordedOn" >= ${window.current.from}::date AS current, ${weighted()} AS n
    FROM ${syvRows(source ?? "kept", [window.current, window.previous], window.asAt, { outcomes: "none", force: true })} f
    GROUP BY 1, 2, 3`;

  const count = (col: Column, current: boolean) =>
    cells
      .filter((c) => c.category === col.category && c.current === current && (!col.knifeOnly || c.knife))
      .reduce((sum, c) => sum + c.n, 0);
  return [
    table("ytd", "Under 25 Violence with Injury (YTD)", YTD, window, count),
    table("knife-ytd", "Under 25 Violence with Injury Knife Crime (YTD)", KNIFE, window, count),
  ];
}

function table(
  id: "ytd" | "knife-ytd",
  caption: string,
  columns: Column[],
  w: FigureWindow,
  count: (col: Column, current: boolean) => number,
): FigureTable {
  const drill = (col: Column, span: "current" | "previous"): Drill => ({
    ...inRange(w[span]),
    category: col.category,
    u25: "yes",
    ...(col.knifeOnly ? { knife: "yes" } : {}),
  });
  const versus = `${w.yearLabel} vs ${w.previousYearLabel}`;
  const figures = columns.map((col) => ({ col, now: count(col, true), before: count(col, false) }));
  return {
    id,
    caption,
    note:
      `${w.yearLabel} year to date is ${rangeLabel(w.current)}; the comparison is ${rangeLabel(w.previous)}. ` +
      "Offences counted by recorded date, youngest victim under 25 on the day it occurred. " +
      "% change is (this year − last year) ÷ last year, n/a when last year is 0.",
    corner: "Measure",
    columns: columns.map((c) => c.label),
    rows: [
      { head: `% Change ${versus}`, cells: figures.map((f) => [textPart(percentChange(f.now, f.before))]) },
      {
        head: `Count Change ${versus}`,
        cells: figures.map((f) => [
          countPart(f.now, drill(f.col, "current"), ` ${f.col.label} offences, ${w.yearLabel} year to date`),
          textPart(" vs "),
          countPart(
            f.before,
            drill(f.col, "previous"),
            ` ${f.col.label} offences, same span of ${w.previousYearLabel}`,
          ),
        ]),
      },
    ],
    csv: {
      columns: [
        "Category",
        `${w.yearLabel} from`,
        `${w.yearLabel} to`,
        `${w.yearLabel} count`,
        `${w.previousYearLabel} from`,
        `${w.previousYearLabel} to`,
        `${w.previousYearLabel} count`,
        "% change",
      ],
      rows: figures.map((f) => [
        f.col.label,
        w.current.from,
        w.current.to,
        f.now,
        w.previous.from,
        w.previous.to,
        f.before,
        percentNumber(percentChange(f.now, f.before)),
      ]),
    },
  };
}
