// The list case of `npm run bench` (issues 4 and 15): listOffences for each filter and sort at the
// seed's scale, each beside the same SQL sent through node-postgres (sql-replay.ts), so a slow
// case is seen to be the query or the code around it. Targets: no page slower than 500 ms, a deep
// page with a filter and a different sort within 1.2x of page 1 (issue 15), the two-word person
// name within 300 ms at national (issue 15).
import type pg from "pg";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Actor } from "../../lib/auth/actor";
import { parseOffenceListQuery } from "../../lib/offences/schemas";
import { listOffences } from "../../lib/offences/server/list-offences";
import { decodeCursor } from "../../lib/offences/list-cursor";
import { benchActor, timeRuns } from "./bench-run";
import { captureStatements, medianReplay } from "./sql-replay";

// `next`: the page is reached by the Next link of the page before it (keyset cursor), as a user
// paging through does; without it, by its page number (OFFSET).
type Case = { label: string; params: Record<string, string>; as?: "investigator"; next?: true };

function cases(ids: { npu: number; oic: number; year: number }): Case[] {
  return [
    { label: "page 1 (recorded, newest first)", params: {} },
    { label: "page 500", params: { page: "500" } },
    { label: "page 500, 100 a page", params: { page: "500", size: "100" } },
    { label: "last page", params: { page: "1000000" } },
    { label: "sort crime reference, page 500", params: { sort: "reference", dir: "asc", page: "500" } },
    { label: "sort offence, page 500", params: { sort: "offence", dir: "asc", page: "500" } },
    { label: "sort NPU, page 500", params: { sort: "npu", dir: "desc", page: "500" } },
    { label: "sort status, page 1", params: { sort: "status", dir: "asc" } },
    { label: "sort status, page 500", params: { sort: "status", dir: "asc", page: "500" } },
    { label: "sort next review, page 1", params: { sort: "review", dir: "asc" } },
    { label: "sort next review, page 500", params: { sort: "review", dir: "asc", page: "500" } },
    // Issue 15: a filter and a different sort together, page 1 against a deep page (target ≤ 1.2×).
    { label: "knife used, next review, page 1", params: { knife: "yes", sort: "review", dir: "asc" } },
    {
      label: "knife used, next review, page 500",
      params: { knife: "yes", sort: "review", dir: "asc", page: "500" },
    },
    {
      label: "knife used, next review, page 500 by Next",
      params: { knife: "yes", sort: "review", dir: "asc", page: "500" },
      next: true,
    },
    {
      label: "sort status, page 500 by Next",
      params: { sort: "status", dir: "asc", page: "500" },
      next: true,
    },
    {
      label: "NPU + knife used, page 50 by Next",
      params: { npu: String(ids.npu), knife: "yes", page: "50" },
      next: true,
    },
    { label: "NPU + knife used", params: { npu: String(ids.npu), knife: "yes" } },
    { label: "NPU + knife used, page 50", params: { npu: String(ids.npu), knife: "yes", page: "50" } },
    {
      label: "performance year + U25 + VWI",
      params: { year: String(ids.year), u25: "yes", category: "VWI" },
    },
    { label: "status charged + outcome 1", params: { status: "CHARGED", outcome: "1" } },
    { label: "flagged for scrutiny", params: { flagged: "yes" } },
    { label: "officer in charge", params: { oic: String(ids.oic) } },
    { label: "my cases (investigator)", params: { mine: "yes" }, as: "investigator" },
    { label: "crime reference prefix (a year)", params: { ref: `CG-SYN-${ids.year + 1}` } },
    { label: "crime reference prefix (narrow)", params: { ref: `CG-SYN-${ids.year + 1}-0001` } },
    { label: "person name (surname)", params: { name: "testington" } },
    { label: "person name (two words)", params: { name: "mockridge ja" } },
  ];
}

/** The case's list query; a case reached by Next carries the cursor of the page before it. */
async function queryOf(c: Case, actor: Actor) {
  const query = parseOffenceListQuery(c.params).query;
  if (c.next) {
    const before = await listOffences({ actor, query: { ...query, page: query.page - 1 } });
    query.cursor = decodeCursor("after", before.cursors.after ?? "");
  }
  return query;
}

/**
 * Issue 15's deep-page target (≤ 1.2x page 1, a filter and a different sort): page 1 and each deep
 * page timed alternately, `runs` times each, so both see the same moments of a shared machine and
 * the ratio is of medians taken side by side.
 */
export async function benchDeepPages(actor: Actor, runs: number): Promise<Record<string, string>[]> {
  const all = cases({ npu: 0, oic: 0, year: 0 });
  const [first, ...deep] = all.filter((c) => c.label.startsWith("knife used, next review"));
  const page1 = await queryOf(first!, actor);
  const rows: Record<string, string>[] = [];
  for (const c of deep) {
    const query = await queryOf(c, actor);
    const times: [number[], number[]] = [[], []];
    for (let r = -1; r < runs; r++) {
      for (const [k, q] of [page1, query].entries()) {
        const started = performance.now();
        await listOffences({ actor, query: q });
        if (r >= 0) times[k]!.push(performance.now() - started); // r = -1 warms both up
      }
    }
    const [a, b] = times.map((t) => t.sort((x, y) => x - y)[Math.floor(t.length / 2)]!) as [number, number];
    rows.push({
      "deep page": c.label,
      "page 1 median": `${a.toFixed(1)} ms`,
      "deep median": `${b.toFixed(1)} ms`,
      "deep ÷ page 1": (b / a).toFixed(2),
      "target ≤": "1.2",
    });
  }
  return rows;
}

/** One row per case: rows, total, the page's median and slowest, its SQL's median and the ratio. */
export async function benchLists(options: {
  prisma: PrismaClient;
  sql: pg.Client;
  actors: { analyst: Actor; investigator: Actor };
  runs: number;
  ids: { npu: number; oic: number; year: number };
}): Promise<Record<string, string | number>[]> {
  const { prisma, sql, actors, runs } = options;
  const table: Record<string, string | number>[] = [];
  for (const [i, c] of cases(options.ids).entries()) {
    // A name search is a consultation, limited per user: a fresh analyst per case keeps every run
    // of the bench (and the next one, within the window) under the limit.
    const actor =
      c.as === "investigator"
        ? actors.investigator
        : c.params.name
          ? await benchActor(prisma, "lists", i, { role: "ANALYST" })
          : actors.analyst;
    const query = await queryOf(c, actor);
    // timeRuns warms up first: the bench times a used server
    const page = await timeRuns(runs, () => listOffences({ actor, query }));
    const { statements, result } = await captureStatements(() => listOffences({ actor, query }));
    const sqlMs = await medianReplay(sql, statements, runs);
    table.push({
      case: c.label,
      rows: `${result.rows.length} (p${result.page})`,
      total: result.total.toLocaleString("en-GB"),
      median: page.median,
      max: page.max,
      statements: statements.length,
      "SQL median": `${sqlMs.toFixed(1)} ms`,
      "page ÷ SQL": (page.medianMs / sqlMs).toFixed(2),
    });
  }
  return table;
}
