import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { countPart, inRange, SYV, textPart, type FigureTable } from "@/lib/figures/figure-table";
import { percentage, percentNumber, rangeLabel, type FigureWindow } from "@/lib/figures/rules";
import {
  lagRows,
  outcomedSql,
  resolveRows,
  syvRows,
  weighted,
  type FigureTableOptions,
} from "@/lib/figures/server/figure-sql";

type Measures = {
  outcomed: number;
  dated: number;
  median: number | null;
  mean: number | null;
  knife: number;
  recovered: number;
};

/**
 * Time from recording to outcome (days, over offences whose outcome has a date) and the knife
 * recovery rate (knife recovered ÷ knife used), for offences in scope recorded in the year to date.
 */
export async function getOutcomeTime({ actor, window, source }: FigureTableOptions): Promise<FigureTable> {
  await requirePermission(actor, "figures.read");
  const rows = resolveRows(source ?? "kept");
  const m = rows === "months" ? await fromKeptStores(window) : await overEachOffence(window, rows);

  const base = { ...SYV, ...inRange(window.current) };
  const days = (v: number | null) => (v === null ? "n/a" : `${(Math.round(v * 10) / 10).toFixed(1)} days`);
  const undated = m.outcomed - m.dated;
  const rate = percentage(m.recovered, m.knife);
  const period = `${window.yearLabel} year to date`;
  return {
    id: "outcome-time",
    caption: `Time to outcome and knife recovery, ${period}`,
    note:
      `Offences in scope recorded ${rangeLabel(window.current)}. Days from the recorded date to the outcome date` +
      (undated > 0
        ? `; ${undated} ${undated === 1 ? "outcome has" : "outcomes have"} no date and ${undated === 1 ? "is" : "are"} left out of the days.`
        : ".") +
      " Knife recovery rate: knife recovered ÷ knife used.",
    corner: "Measure",
    columns: [period],
    rows: [
      {
        head: "Offences with an outcome",
        cells: [
          [
            countPart(
              m.outcomed,
              { ...base, outcomed: "yes", outcomeby: window.asAt },
              " offences with an outcome",
            ),
          ],
        ],
      },
      { head: "Median time from recording to outcome", cells: [[textPart(days(m.median))]] },
      { head: "Mean time from recording to outcome", cells: [[textPart(days(m.mean))]] },
      {
        head: "Knife used",
        cells: [[countPart(m.knife, { ...base, knife: "yes" }, " offences with a knife used")]],
      },
      {
        head: "Knife recovered",
        cells: [
          [
            countPart(
              m.recovered,
              { ...base, knife: "yes", recovered: "yes" },
              " offences with the knife recovered",
            ),
          ],
        ],
      },
      { head: "Knife recovery rate", cells: [[textPart(rate)]] },
    ],
    csv: {
      columns: ["Measure", period],
      rows: [
        ["Offences with an outcome", m.outcomed],
        ["Offences with a dated outcome", m.dated],
        ["Median days from recording to outcome", m.median === null ? "n/a" : Number(m.median.toFixed(1))],
        ["Mean days from recording to outcome", m.mean === null ? "n/a" : Number(m.mean.toFixed(1))],
        ["Knife used", m.knife],
        ["Knife recovered", m.recovered],
        ["Knife recovery rate %", percentNumber(rate)],
      ],
    },
  };
}

/** Percentile and mean over each offence's days (the definition, or FigureOffence's copy of it). */
async function overEachOffence(window: FigureWindow, rows: "offences" | "live"): Promise<Measures> {
  const outcomed = outcomedSql(window.asAt);
  const [m] = await getPrisma().$queryRaw<[Measures]>`
    SELECT count(*) FILTER (WHERE ${outcomed})::int AS outcomed,
           count(*) FILTER (WHERE ${outcomed} AND f."outcomeOn" IS NOT NULL)::int AS dated,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY f."outcomeOn" - f."recordedOn")
             FILTER (WHERE ${outcomed} AND f."outcomeOn" IS NOT NULL) AS median,
           avg(f."outcomeOn" - f."recordedOn") FILTER (WHERE ${outcomed} AND f."outcomeOn" IS NOT NULL)::float AS mean,
           count(*) FILTER (WHERE f."knifeUsed")::int AS knife,
           count(*) FILTER (WHERE f."knifeUsed" AND f."knifeRecovered")::int AS recovered
    FROM ${syvRows(rows, [window.current], window.asAt)} f`;
  return m;
}

/**
 * The same from the kept counts (issue 15): the days as a histogram (a few hundred rows), whose
 * median is PostgreSQL's percentile_cont(0.5) worked out over the counts, so it is the same number.
 */
async function fromKeptStores(window: FigureWindow): Promise<Measures> {
  const prisma = getPrisma();
  const [[counts], days] = await Promise.all([
    prisma.$queryRaw<[{ outcomed: number; knife: number; recovered: number }]>`
      SELECT ${weighted(outcomedSql(window.asAt))} AS outcomed, ${weighted(Prisma.sql`f."knifeUsed"`)} AS knife,
             ${weighted(Prisma.sql`f."knifeUsed" AND f."knifeRecovered"`)} AS recovered
      FROM ${syvRows("months", [window.current], window.asAt, { force: true })} f`,
    prisma.$queryRaw<{ lag: number; n: number }[]>`
      SELECT l.lag, sum(l.w)::int AS n FROM ${lagRows(window.current, window.asAt)} l
      GROUP BY 1 HAVING sum(l.w) <> 0 ORDER BY 1`,
  ]);
  const dated = days.reduce((sum, d) => sum + d.n, 0);
  const nth = (k: number) => {
    let before = 0;
    for (const d of days) {
      if (k < before + d.n) return d.lag;
      before += d.n;
    }
    throw new Error("the histogram holds fewer days than it counts");
  };
  const position = 0.5 * (dated - 1);
  const low = Math.floor(position);
  const median = dated === 0 ? null : nth(low) + (position - low) * (nth(Math.ceil(position)) - nth(low));
  const mean = dated === 0 ? null : days.reduce((sum, d) => sum + d.lag * d.n, 0) / dated;
  return { ...counts, dated, median, mean };
}
