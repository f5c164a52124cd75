import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { countPart, inRange, SYV, textPart, type FigureTable } from "@/lib/figures/figure-table";
import { percentage, percentNumber, rangeLabel, type DayRange } from "@/lib/figures/rules";
import { positiveSql, syvRows, weighted, type FigureTableOptions } from "@/lib/figures/server/figure-sql";
import { performanceYearLabel, performanceYearRange } from "@/lib/dates/performance-year";

const YEARS = 3; // the board report shows three performance years

/**
 * Serious Youth Violence Outcomes: for the selected performance year (to the as-at day) and the two
 * before it, offences in scope with a positive outcome ÷ offences in scope, two decimals (docs/domain.md).
 * An offence with no outcome yet stays in the denominator.
 */
export async function getOutcomeRates({ actor, window, source }: FigureTableOptions): Promise<FigureTable> {
  await requirePermission(actor, "figures.read");
  const years = Array.from({ length: YEARS }, (_, i) => window.year - i).map((year) => {
    const full = performanceYearRange(year);
    const range: DayRange = year === window.year ? window.current : full;
    return { year, label: performanceYearLabel(year), range };
  });
  const span: DayRange = { from: years[years.length - 1]!.range.from, to: window.current.to };
  const counted = await getPrisma().$queryRaw<{ year: number; total: number; positive: number }[]>`
    SELECT extract(year FROM d - interval '3 months')::int AS year,
           sum(total)::int AS total, sum(positive)::int AS positive FROM (
      SELECT f."recordedOn" AS d, ${weighted()} AS total, ${weighted(positiveSql(window.asAt))} AS positive
      FROM ${syvRows(source ?? "kept", [span], window.asAt, { outcomes: "positive", force: true })} f
      GROUP BY 1) t
    GROUP BY 1`;

  const rows = years.map((y) => {
    const found = counted.find((c) => c.year === y.year);
    return { ...y, total: found?.total ?? 0, positive: found?.positive ?? 0 };
  });
  return {
    id: "outcome-rate",
    caption: "Serious Youth Violence Outcomes",
    note:
      `Offences in scope recorded in the year with a positive outcome (types 1, 2, 3, 4, 6, 7, 8, 22, 23) ÷ offences in scope recorded in the year. ` +
      `${window.yearLabel} runs ${rangeLabel(window.current)}. Offences with no outcome yet count in the denominator; an outcome dated after the as-at day is not yet counted.`,
    corner: "Year",
    columns: ["Outcome Rate", "Positive outcomes", "Offences in scope"],
    rows: rows.map((r) => ({
      head: r.label,
      cells: [
        [textPart(percentage(r.positive, r.total))],
        [
          countPart(
            r.positive,
            { ...SYV, ...inRange(r.range), positive: "yes", outcomeby: window.asAt },
            ` offences with a positive outcome, ${r.label}`,
          ),
        ],
        [countPart(r.total, { ...SYV, ...inRange(r.range) }, ` offences in scope, ${r.label}`)],
      ],
    })),
    csv: {
      columns: ["Year", "From", "To", "Positive outcomes", "Offences in scope", "Outcome rate %"],
      rows: rows.map((r) => [
        r.label,
        r.range.from,
        r.range.to,
        r.positive,
        r.total,
        percentNumber(percentage(r.positive, r.total)),
      ]),
    },
  };
}
