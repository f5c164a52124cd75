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
    const query = parseOffenceListQuery(c.params).query;
    if (c.next) {
      const before = await listOffences({ actor, query: { ...query, page: query.page - 1 } });
      query.cursor = decodeCursor("after", before.cursors.after ?? "");
    }
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
