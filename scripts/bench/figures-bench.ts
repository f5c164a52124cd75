// The figures case of `npm run bench` (issues 7 and 15): each table query of the figures and returns
// pages (one SQL aggregate per table), timed as the page runs it, as at today; then the whole
// /figures page's reads as the page runs them (two at a time), the map's included. Each figures table is timed twice in
// the same run: from the kept stores (what the page reads: FigureMonth for whole months,
// FigureOffence for the rest) and from the definition over Offence ⋈ Investigation (what it read
// before issue 15), so the ratio is measured, not remembered. Also as at a past day, when outcomes
// dated after it are rewound from FigureOffence.
// Target (issue 15): the whole page ≤ 300 ms at national. The whole page is also timed against its
// own SQL sent through node-postgres (sql-replay.ts), one statement after another.
import type pg from "pg";
import type { Actor } from "../../lib/auth/actor";
import { FIGURE_TABLE_IDS, type FigureTableId, linkedCounts } from "../../lib/figures/figure-table";
import { figureWindow, type FigureWindow } from "../../lib/figures/rules";
import type { FigureRows } from "../../lib/figures/server/figure-sql";
import { addDays, todayInUk } from "../../lib/dates/day";
import { getFigureTable } from "../../lib/figures/server/get-figure-table";
import { loadFiguresPage } from "../../app/figures/figures-page-data";
import { timeRuns } from "./bench-run";
import { captureStatements, medianReplay, type Statement } from "./sql-replay";

const FROM_FIGURE_ROWS = new Set<FigureTableId>(FIGURE_TABLE_IDS.filter((id) => id !== "returns"));

export async function benchFigures(
  log: (line: string) => void,
  actor: Actor,
  runs: number,
  sql: pg.Client,
): Promise<void> {
  const window = figureWindow({}, todayInUk());
  const table: Record<string, string | number>[] = [];
  for (const id of FIGURE_TABLE_IDS) {
    let counts = 0;
    const kept = await timeRuns(runs, async () => {
      counts = linkedCounts(await getFigureTable({ actor, id, window })).length;
    });
    const row: Record<string, string | number> = {
      table: id,
      counts,
      median: kept.median,
      max: kept.max,
    };
    if (FROM_FIGURE_ROWS.has(id)) {
      const live = await timeRuns(runs, () => getFigureTable({ actor, id, window, source: "live" }));
      row["definition median"] = live.median;
      row["× faster"] = (live.medianMs / kept.medianMs).toFixed(1);
    }
    table.push(row);
  }
  for (const source of ["kept", "live"] as const) {
    let counts = 0;
    const page = await timeRuns(runs, async () => {
      counts = await figuresPage(actor, window, source);
    });
    // The page against its own SQL sent through node-postgres, one statement after another.
    const { statements } = await captureStatements(() => figuresPage(actor, window, source));
    const sqlMs = await medianReplay(sql, statements, runs);
    table.push({
      table: `whole /figures page (${source === "kept" ? "kept stores" : "definition"})`,
      counts,
      median: page.median,
      max: page.max,
      statements: statements.length,
      "SQL median": `${sqlMs.toFixed(1)} ms`,
      "page ÷ SQL": (page.medianMs / sqlMs).toFixed(2),
    });
  }
  await statementsSlowestFirst(log, actor, window, runs, sql);
  const past = figureWindow({ asAt: addDays(window.asAt, -300) }, todayInUk());
  let pastCounts = 0;
  const pastPage = await timeRuns(runs, async () => {
    pastCounts = await figuresPage(actor, past, "kept");
  });
  table.push({
    table: `whole /figures page as at ${past.asAt} (kept stores)`,
    counts: pastCounts,
    median: pastPage.median,
    max: pastPage.max,
  });
  log(`figures tables as at ${window.asAt} (${window.yearLabel}), median of ${runs} runs after one warm-up:`);
  console.table(table);
}

/**
 * The page's reads: the very function app/figures/page.tsx calls (the map's reads included), with the
 * tables' source chosen. Answers how many linked counts the page's tables hold.
 */
async function figuresPage(actor: Actor, window: FigureWindow, source: FigureRows): Promise<number> {
  const { tables } = await loadFiguresPage({ actor, window, source });
  return Object.values(tables).reduce((n, t) => n + linkedCounts(t).length, 0);
}

/**
 * The page's statements (kept stores), each sent alone through node-postgres: median and slowest of
 * `runs` after one warm-up, slowest first, so what is over budget is named rather than guessed.
 */
async function statementsSlowestFirst(
  log: (line: string) => void,
  actor: Actor,
  window: FigureWindow,
  runs: number,
  sql: pg.Client,
): Promise<void> {
  const { statements } = await captureStatements(() => figuresPage(actor, window, "kept"));
  const timed: { statement: string; median: number; max: number }[] = [];
  for (const s of statements.filter((s: Statement) => !/^\s*(BEGIN|COMMIT|ROLLBACK)\b/i.test(s.text))) {
    const run = await timeRuns(runs, () => sql.query({ text: s.text, values: s.values, rowMode: "array" }));
    timed.push({
      statement: s.text.replace(/\s+/g, " ").trim().slice(0, 90),
      median: run.medianMs,
      max: Number.parseFloat(run.max),
    });
  }
  timed.sort((a, b) => b.median - a.median);
  log(`the /figures page's ${timed.length} statements (kept stores), each alone, slowest first:`);
  console.table(
    timed.map((t) => ({ ...t, median: `${t.median.toFixed(1)} ms`, max: `${t.max.toFixed(1)} ms` })),
  );
}
