// `npm run bench -- [--scale national|force|demo|tiny] [--runs 7] [--only lists|figures|referrals|packs|search|audit|import|load] [--rows 100000]`
// `--only js`: JavaScript per route from the production build's manifests (scripts/bench/route-js.ts);
// needs `NODE_ENV=production npx next build` first and no database.
// `--keep DIR`: the embedded database lives in DIR and is kept; it is seeded only when empty and
// migrations are deployed each run (so a new migration's backfill runs on the seeded data).
// `--only load [--duration 60] [--connections 50]`: the production server under 50 signed-in
// connections beside the bare stack (scripts/bench/load-bench.ts). Not part of a run without --only.
// Times the list pages against a throwaway database holding the seed at that scale (national by
// default: ~2.5 minutes to load), so the figures are measured, not guessed. Target (issue 4): no
// page slower than 500 ms on this machine, and page 500 about as fast as page 1. Then the agenda
// pack (issue 6): generation, the screen's build and the PDF. Not a test: timing
// in CI is noise; run it after changing a list query or an index and quote the table.
import { parseArgs } from "node:util";
import pg from "pg";
import { getEnv, setEnvForProcess } from "../lib/env";
import { deployMigrations } from "../lib/db/migrate/deploy-migrations";
import { seedDatabase } from "../prisma/seed/seed-database";
import { getPrisma } from "../lib/db/server/prisma";
import { permissionsFor } from "../lib/auth/permissions";
import type { Actor } from "../lib/auth/actor";
import { parseOffenceListQuery } from "../lib/offences/schemas";
import { listOffences } from "../lib/offences/server/list-offences";
import { decodeCursor } from "../lib/offences/list-cursor";
import { performanceYearOfDbDate } from "../lib/dates/performance-year";
import { freePort } from "../lib/testing/free-port";
import { SCALE_NAMES, isScaleName, type ScaleName } from "../prisma/factories/scales";
import { startEmbeddedPostgres } from "../lib/db/embedded-postgres";
import { openDatabase, type OpenDatabase } from "./lib/database";
import { benchImport } from "./bench/import-bench";
import { benchFigures } from "./bench/figures-bench";
import { benchReferrals } from "./bench/referrals-bench";
import { benchAgendaPack } from "./bench/agenda-pack-bench";
import { benchAudit } from "./bench/audit-bench";
import { benchLoad } from "./bench/load-bench";
import { measureRouteJs, ROUTE_JS_BUDGET_KB } from "./bench/route-js";
import { benchSearch } from "./bench/search-bench";
import { runCommand } from "./lib/run-command";

const log = (line: string) => console.log(`[bench] ${line}`);

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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "national" },
      runs: { type: "string", default: "7" },
      only: { type: "string", default: "" },
      rows: { type: "string", default: "100000" },
      duration: { type: "string", default: "60" },
      connections: { type: "string", default: "50" },
      keep: { type: "string", default: "" },
    },
  });
  if (!isScaleName(values.scale)) throw new Error(`--scale must be one of ${SCALE_NAMES.join(", ")}`);
  const runs = Math.max(1, Number(values.runs) || 7);
  // No --only runs every case.
  // The load case builds and serves the app for minutes: only on request.
  const wants = (name: string) => (values.only === "" && name !== "load") || values.only === name;
  if (values.only === "js") {
    log(`JavaScript per route, gzipped, from ${getEnv().NEXT_DIST_DIR} (budget ${ROUTE_JS_BUDGET_KB} KB):`);
    console.table(measureRouteJs(getEnv().NEXT_DIST_DIR));
    return;
  }

  let database: OpenDatabase | undefined;
  try {
    database = values.keep
      ? await openKeptDatabase(values.keep, log)
      : await openDatabase(getEnv(), { ephemeral: true, port: await freePort(), log });
    await deployMigrations(database.url);
    const seedingStarted = Date.now();
    const seeded = await seedUnlessSeeded(database.url, values.scale);
    if (seeded) {
      log(
        `${seeded.counts.offences.toLocaleString("en-GB")} offences, ${seeded.counts.persons.toLocaleString("en-GB")} persons, seeded in ${((Date.now() - seedingStarted) / 1000).toFixed(0)} s`,
      );
    }
    // A bulk load leaves no statistics or visibility map; autovacuum would make them within
    // minutes on a live server. Without this the bench would time a state production never sees.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query("VACUUM ANALYZE");
    await client.end();

    setEnvForProcess("DATABASE_URL", database.url);
    const prisma = getPrisma();
    const analyst = await prisma.user.findFirstOrThrow({
      where: { role: "ANALYST" },
      orderBy: { id: "asc" },
    });
    const busiest = await prisma.investigation.groupBy({
      by: ["oicId"],
      where: { oicId: { not: null } },
      _count: { _all: true },
      orderBy: { _count: { oicId: "desc" } },
      take: 1,
    });
    const investigator = await prisma.user.findUniqueOrThrow({ where: { id: busiest[0]!.oicId! } });
    const npu = await prisma.npu.findFirstOrThrow({ where: { name: "Birmingham East" } });
    const latest = await prisma.offence.findFirstOrThrow({
      orderBy: { recordedOn: "desc" },
      select: { recordedOn: true },
    });
    const year = performanceYearOfDbDate(latest.recordedOn) - 1;

    const actors = { analyst: actorOf(analyst), investigator: actorOf(investigator) };
    const table: { case: string; rows: string; total: string; median: string; max: string }[] = [];
    for (const c of !wants("lists") ? [] : cases({ npu: npu.id, oic: investigator.id, year })) {
      const actor = c.as === "investigator" ? actors.investigator : actors.analyst;
      const query = parseOffenceListQuery(c.params).query;
      if (c.next) {
        const before = await listOffences({ actor, query: { ...query, page: query.page - 1 } });
        query.cursor = decodeCursor("after", before.cursors.after ?? "");
      }
      await listOffences({ actor, query }); // warm the plan and the cache: the bench times a used server
      const times: number[] = [];
      let last = { total: 0, rows: 0, page: 0 };
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const result = await listOffences({ actor, query });
        times.push(performance.now() - started);
        last = { total: result.total, rows: result.rows.length, page: result.page };
      }
      times.sort((a, b) => a - b);
      table.push({
        case: c.label,
        rows: `${last.rows} (p${last.page})`,
        total: last.total.toLocaleString("en-GB"),
        median: `${times[Math.floor(times.length / 2)]!.toFixed(1)} ms`,
        max: `${times[times.length - 1]!.toFixed(1)} ms`,
      });
    }
    if (wants("lists")) {
      log(`listOffences on the ${values.scale} seed, median of ${runs} runs after one warm-up:`);
      console.table(table);
    }
    if (wants("figures")) await benchFigures(log, actors.analyst, runs);
    const chair = actorOf(
      await prisma.user.findFirstOrThrow({ where: { role: "CHAIR" }, orderBy: { id: "asc" } }),
    );
    if (wants("referrals")) await benchReferrals(log, chair, runs);
    if (wants("packs")) {
      log(`agenda pack for the ${values.scale} seed's draft meeting:`);
      console.table(await benchAgendaPack({ analyst: actors.analyst, chair, runs }));
    }
    if (wants("search")) await benchSearch(log, prisma, runs);
    if (wants("audit")) await benchAudit(log, database.url);
    if (wants("load")) {
      await benchLoad({
        log,
        databaseUrl: database.url,
        prisma,
        durationSeconds: Math.max(5, Number(values.duration) || 60),
        connections: Math.max(1, Number(values.connections) || 50),
      });
    }
    // Last: it writes 100,000 offences the other cases would then count.
    if (wants("import")) await benchImport(log, Math.max(1, Number(values.rows) || 100_000));
    await prisma.$disconnect();
  } finally {
    await database?.stop();
  }
}

/** A kept embedded database (`--keep DIR`), so a national seed is written once for many runs. */
async function openKeptDatabase(dir: string, log: (line: string) => void): Promise<OpenDatabase> {
  const db = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: true, log });
  return { url: db.url, embedded: true, stop: db.stop };
}

/** Seeds an empty database; a kept one that holds offences already is used as it is. */
async function seedUnlessSeeded(url: string, scale: ScaleName) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ any: boolean }>(`select exists (select 1 from "Offence") as any`);
  await client.end();
  if (rows[0]!.any) {
    log("the kept database is seeded already: using it as it is");
    return undefined;
  }
  return seedDatabase({ url, scale, log });
}

function actorOf(user: {
  id: number;
  name: string;
  email: string;
  role: Actor["role"];
  npuId: number | null;
  providerId: number | null;
}): Actor {
  return { ...user, permissions: permissionsFor(user.role), sessionKey: "bench", address: null };
}

runCommand(
  main,
  (error) => `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
);
