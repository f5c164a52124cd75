// `npm run import -- --offences FILE [--persons FILE] [--valid-only] [--dry-run]`
// `npm run import -- --areas npus.geojson --hotspots hotspots.geojson [--dry-run]` (issue 17)
// `npm run import -- --patrols dosage.csv [--dry-run]` (issue 17: the geofencing extract)
// The nightly import of the RMS extract, into DATABASE_URL or, without it, the embedded database
// `npm start` uses. Prints the dry run (new, changed, unchanged, and every problem with its line,
// column and reason). With any problem it writes nothing and exits 1, unless --valid-only, which
// imports the valid rows. The run is recorded in the import history like an upload, with the
// system as its actor in the audit log.
import { parseArgs } from "node:util";
import path from "node:path";
import { readFile } from "node:fs/promises";
import { planGeofences } from "../lib/geo/plan-geofences";
import { loadGeofenceWorld } from "../lib/geo/server/load-geofence-world";
import { applyFiles, reportOf } from "../lib/geo/server/import-geofences";
import { createPatrolRun } from "../lib/patrols/server/create-patrol-run";
import { writePatrolImport } from "../lib/patrols/server/write-patrol-import";
import { getEnv, setEnvForProcess } from "../lib/env";
import { deployMigrations } from "../lib/db/migrate/deploy-migrations";
import { getPrisma } from "../lib/db/server/prisma";
import { SYSTEM_ACTOR } from "../lib/audit/events";
import { fileOpener } from "../lib/imports/server/import-files";
import { dryRunImport } from "../lib/imports/server/dry-run-import";
import { writeImport } from "../lib/imports/server/write-import";
import type { ImportProblem } from "../lib/imports/columns";
import type { ImportCounts } from "../lib/imports/server/plan-import";
import { openDatabase, type OpenDatabase } from "./lib/database";
import { messageOf, runCommand } from "./lib/run-command";

const log = (line: string) => console.log(`[import] ${line}`);

function summary(counts: ImportCounts): string[] {
  const line = (label: string, c: { new: number; changed: number; unchanged: number; invalid: number }) =>
    `${label}: ${c.new} new, ${c.changed} changed, ${c.unchanged} unchanged, ${c.invalid} with problems`;
  return [
    line("offences", counts.offences),
    line("persons ", counts.persons),
    `links   : ${counts.links.new} new, ${counts.links.unchanged} unchanged`,
  ];
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      offences: { type: "string" },
      persons: { type: "string" },
      "valid-only": { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
      areas: { type: "string" },
      hotspots: { type: "string" },
      patrols: { type: "string" },
    },
  });
  if (values.patrols) return importPatrols(values.patrols, values["dry-run"]);
  if (values.areas || values.hotspots)
    return importGeofences({ areas: values.areas, hotspots: values.hotspots, dryRun: values["dry-run"] });
  if (!values.offences) {
    console.error("Usage: npm run import -- --offences FILE [--persons FILE] [--valid-only] [--dry-run]");
    return 2;
  }
  const open = await fileOpener(
    path.resolve(values.offences),
    values.persons ? path.resolve(values.persons) : null,
  ).catch((error: NodeJS.ErrnoException) => {
    console.error(
      `[import] cannot read ${error.path ?? "the file"}: ${error.code === "ENOENT" ? "no such file" : error.message}`,
    );
    return null;
  });
  if (!open) return 2;

  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(getEnv(), { ephemeral: false, log });
    await deployMigrations(database.url);
    setEnvForProcess("DATABASE_URL", database.url);
    const prisma = getPrisma();
    const run = await prisma.importRun.create({
      data: {
        offencesFile: path.basename(values.offences),
        personsFile: values.persons ? path.basename(values.persons) : null,
      },
    });
    log(`import ${run.id}: checking ${[values.offences, values.persons].filter(Boolean).join(" and ")} …`);
    const counts = await dryRunImport({ runId: run.id, open });
    if (!counts) return 1;
    for (const line of summary(counts)) log(line);
    const stored = await prisma.importRun.findUniqueOrThrow({
      where: { id: run.id },
      select: { errors: true },
    });
    for (const p of stored.errors as unknown as ImportProblem[])
      console.log(`  ${p.file}.csv line ${p.line}${p.column ? `, ${p.column}` : ""}: ${p.reason}`);
    if (counts.problems > (stored.errors as unknown[]).length)
      log(`${counts.problems} problems in all (the first ${(stored.errors as unknown[]).length} are listed)`);
    if (values["dry-run"]) return counts.problems > 0 ? 1 : 0;
    if (counts.unreadable.length > 0 || (counts.problems > 0 && !values["valid-only"])) {
      log("nothing imported: fix the rows above, or run again with --valid-only to import the valid rows");
      return 1;
    }
    const started = performance.now();
    const result = await writeImport({
      runId: run.id,
      mode: values["valid-only"] ? "valid" : "all",
      actor: { ...SYSTEM_ACTOR, label: "nightly RMS import" },
      open,
    });
    if (!result.written) {
      log("nothing imported: the files changed, or the database did, since the check");
      return 1;
    }
    log(`imported in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } finally {
    await getPrisma()
      .$disconnect()
      .catch(() => undefined);
    await database?.stop();
  }
}

/** `--areas npus.geojson --hotspots hotspots.geojson [--dry-run]` (issue 17): checked, then all or nothing. */
async function importGeofences(files: {
  areas?: string;
  hotspots?: string;
  dryRun: boolean;
}): Promise<number> {
  const read = async (file?: string) => (file ? readFile(path.resolve(file), "utf8") : null);
  let texts: [string | null, string | null];
  try {
    texts = await Promise.all([read(files.areas), read(files.hotspots)]);
  } catch (error) {
    console.error(`[import] cannot read the file: ${(error as Error).message}`);
    return 2;
  }
  const input = {
    areasFile: files.areas ? path.basename(files.areas) : null,
    areasText: texts[0],
    hotspotsFile: files.hotspots ? path.basename(files.hotspots) : null,
    hotspotsText: texts[1],
  };
  return withDatabase(async () => {
    const plan = planGeofences(input, await loadGeofenceWorld(getPrisma()));
    const r = reportOf(plan);
    log(
      `NPU boundaries: ${r.npus}; hotspots: ${r.hotspots.new} new, ${r.hotspots.redrawn} redrawn, ${r.hotspots.unchanged} unchanged`,
    );
    log(`force area ${r.forceAreaKm2} km², hotspots ${r.hotspotAreaKm2} km²`);
    for (const p of r.problems)
      console.log(
        `  ${p.file === "areas" ? input.areasFile : input.hotspotsFile}${p.feature ? ` feature ${p.feature}` : ""}${p.code ? ` (${p.code})` : ""}: ${p.reason}`,
      );
    if (r.problems.length > 0) {
      log("nothing imported: fix the problems above");
      return 1;
    }
    if (files.dryRun) return 0;
    const done = await applyFiles(input, { ...SYSTEM_ACTOR, label: "geofence import (command line)" }, null);
    if (done.problems.length > 0 || !done.counts) {
      log("nothing imported: the database changed since the check");
      return 1;
    }
    log(
      `imported; offences re-placed: ${done.counts.placement.moved} moved of ${done.counts.placement.checked}`,
    );
    return 0;
  });
}

/** `--patrols dosage.csv [--dry-run]` (issue 17): the dry run printed, then all or nothing. */
async function importPatrols(file: string, dryRun: boolean): Promise<number> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await readFile(path.resolve(file)));
  } catch (error) {
    console.error(`[import] cannot read the file: ${(error as Error).message}`);
    return 2;
  }
  return withDatabase(async () => {
    const { runId, check } = await createPatrolRun({
      startedById: null,
      fileName: path.basename(file),
      bytes,
    });
    const c = check.counts;
    log(
      `patrol import ${runId}: ${c.rows} rows; ${c.new} new (${c.minutes} minutes), ${c.unchanged} unchanged, ${c.problems} with problems`,
    );
    for (const p of check.problems)
      console.log(`  line ${p.line}${p.column ? `, ${p.column}` : ""}: ${p.reason}`);
    if (check.problems.length > 0) {
      log("nothing imported: fix the rows above");
      return 1;
    }
    if (dryRun) return 0;
    const done = await writePatrolImport({
      runId,
      actor: { ...SYSTEM_ACTOR, label: "patrol import (command line)" },
    });
    if (!done.written) {
      log("nothing imported: the database changed since the check");
      return 1;
    }
    log(`imported ${done.check.counts.new} rows`);
    return 0;
  });
}

/** Runs `work` against the import's database (migrated first), then closes it whatever happened. */
async function withDatabase(work: () => Promise<number>): Promise<number> {
  let database: OpenDatabase | undefined;
  try {
    database = await openDatabase(getEnv(), { ephemeral: false, log });
    await deployMigrations(database.url);
    setEnvForProcess("DATABASE_URL", database.url);
    return await work();
  } finally {
    await getPrisma()
      .$disconnect()
      .catch(() => undefined);
    await database?.stop();
  }
}

runCommand(main, (error) => `[import] failed, nothing written: ${messageOf(error)}`);
