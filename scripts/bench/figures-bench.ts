// The figures case of `npm run bench` (issue 7): each table query of the figures and returns pages
// (one SQL aggregate per table), timed as the page runs it, as at today. Target: the whole figures
// page under a second on the national seed; each table well under 500 ms.
import type { Actor } from "../../lib/auth/actor";
import { FIGURE_TABLE_IDS, linkedCounts } from "../../lib/figures/figure-table";
import { todayInUk } from "../../lib/dates/day";
import { figureWindow } from "../../lib/figures/rules";
import { getFigureTable } from "../../lib/figures/server/get-figure-table";

export async function benchFigures(log: (line: string) => void, actor: Actor, runs: number): Promise<void> {
  const window = figureWindow({}, todayInUk());
  const table: { table: string; counts: number; median: string; max: string }[] = [];
  for (const id of FIGURE_TABLE_IDS) {
    await getFigureTable({ actor, id, window }); // warm-up, as for the lists
    const times: number[] = [];
    let counts = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      const result = await getFigureTable({ actor, id, window });
      times.push(performance.now() - started);
      counts = linkedCounts(result).length;
    }
    times.sort((a, b) => a - b);
    table.push({
      table: id,
      counts,
      median: `${times[Math.floor(times.length / 2)]!.toFixed(1)} ms`,
      max: `${times[times.length - 1]!.toFixed(1)} ms`,
    });
  }
  log(`figures tables as at ${window.asAt} (${window.yearLabel}), median of ${runs} runs after one warm-up:`);
  console.table(table);
}
