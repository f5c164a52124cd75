// `npm run bench -- [--scale national|force|demo|tiny] [--runs 7] [--only lists|deep|figures|record|referrals|packs|search|audit|import|load|load-pages] [--rows 100000]`
// `--only js`: JavaScript per route from the production build's manifests (scripts/bench/route-js.ts);
// needs `NODE_ENV=production npx next build` first and no database.
// `--keep DIR`: the embedded database lives in DIR and is kept; it is seeded only when empty and
// migrations are deployed each run (so a new migration's backfill runs on the seeded data).
// `--only load [--duration 60] [--connections 50]`: the production server under 50 signed-in
// connections beside the bare stack (scripts/bench/load-bench.ts). Not part of a run without --only.
// `--only load-pages [--runs 20]`: each journey page's CPU, SQL statements and HTML, one request at
// a time (scripts/bench/load-pages-bench.ts). Not part of a run without --only either.
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
import { benchLoadPages } from "./bench/load-pages-bench";
import { measureRouteJs, ROUTE_JS_BUDGET_KB } from "./bench/route-js";
import { benchSearch } from "./bench/search-bench";
import { benchDeepPages, benchLists } from "./bench/lists-bench";
import { benchOffenceRecord } from "./bench/record-bench";
import { runCommand } from "./lib/run-command";

const log = (line: string) => console.log(`[bench] ${line}`);

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
  const wants = (name: string) =>
    (values.only === "" && name !== "load" && name !== "load-pages") || values.only === name;
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
    const sql = new pg.Client({ connectionString: database.url });
    // Stopping the database after a failed case ends this connection: the failure is the message.
    sql.on("error", () => {});
    await sql.connect();
    if (wants("lists")) {
      log(`listOffences on the ${values.scale} seed, median of ${runs} runs after one warm-up:`);
      console.table(
        await benchLists({ prisma, sql, actors, runs, ids: { npu: npu.id, oic: investigator.id, year } }),
      );
      log(`the deep pages against page 1, ${runs * 3} runs each, alternately:`);
      console.table(await benchDeepPages(actors.analyst, runs * 3));
    }
    if (values.only === "deep") {
      log(`the deep pages against page 1 alone, ${runs} runs each, alternately:`);
      console.table(await benchDeepPages(actors.analyst, runs));
    }
    if (wants("figures")) await benchFigures(log, actors.analyst, runs, sql);
    if (wants("record")) await benchOffenceRecord(log, { prisma, sql, actor: actors.analyst, runs });
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
    const served = { log, databaseUrl: database.url, prisma };
    if (wants("load")) {
      const durationSeconds = Math.max(5, Number(values.duration) || 60);
      await benchLoad({
        ...served,
        durationSeconds,
        connections: Math.max(1, Number(values.connections) || 50),
      });
    }
    if (wants("load-pages"))
      await benchLoadPages({ ...served, runs: Math.max(1, Number(values.runs) || 20) });
    // Last: it writes 100,000 offences the other cases would then count.
    if (wants("import")) await benchImport(log, Math.max(1, Number(values.rows) || 100_000));
    await sql.end();
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
