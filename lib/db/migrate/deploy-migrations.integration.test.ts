import { createHash, randomBytes } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from "vitest";
import { createDatabase, dropDatabase } from "@/lib/testing/database-server";
import { deployMigrations } from "./deploy-migrations";
import { describeFailure } from "./describe-failure";
import { markMigrationRolledBack } from "./mark-migration-rolled-back";
import { defaultPaths } from "./migrations-folder";

// These tests need databases with no migrations applied, so they create their own on the run's
// server instead of cloning the migrated template.

const adminUrl = inject("testDbAdminUrl");
const created: string[] = [];

async function emptyDatabase(): Promise<string> {
  const name = `${inject("testDbPrefix")}_empty_${randomBytes(4).toString("hex")}`;
  created.push(name);
  return createDatabase(adminUrl, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const migrationNames = readdirSync(defaultPaths.migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

afterAll(async () => {
  for (const name of created) await dropDatabase(adminUrl, name);
});

describe("deployMigrations", () => {
  let url: string;
  beforeAll(async () => {
    url = await emptyDatabase();
  });

  it("applies every migration to an empty database, recorded as `prisma migrate deploy` records them", async () => {
    const { applied } = await deployMigrations(url);
    expect(applied).toEqual(migrationNames);

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished: boolean;
      applied_steps_count: number;
      logs: string | null;
    }>(
      url,
      `select migration_name, checksum, finished_at is not null and rolled_back_at is null as finished, applied_steps_count, logs
         from _prisma_migrations order by migration_name`,
    );
    expect(rows).toEqual(
      migrationNames.map((name) => ({
        migration_name: name,
        // The CLI's checksum: sha256 of migration.sql, so `prisma migrate deploy` sees nothing edited.
        checksum: createHash("sha256")
          .update(readFileSync(join(defaultPaths.migrationsDir, name, "migration.sql")))
          .digest("hex"),
        finished: true,
        applied_steps_count: 1,
        logs: null,
      })),
    );
  });

  it("applies nothing the second time", async () => {
    expect(await deployMigrations(url)).toEqual({ applied: [] });
    const rows = await query<{ count: string }>(url, "select count(*) from _prisma_migrations");
    expect(Number(rows[0]?.count)).toBe(migrationNames.length);
  });
});

describe("a migration that fails", () => {
  it("leaves nothing behind, blocks later deploys, and runs again once fixed and marked rolled back", async () => {
    const url = await emptyDatabase();
    const dir = mkdtempSync(join(tmpdir(), "captiva-migrations-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    cpSync(defaultPaths.migrationsDir, dir, { recursive: true });
    const bad = "29991231235959_bad";
    mkdirSync(join(dir, bad));
    writeFileSync(join(dir, bad, "migration.sql"), 'create table "Half" (id int);\nselect 1 / 0;\n');

    const failure = await deployMigrations(url, { migrationsDir: dir }).catch((error: unknown) => error);
    expect(describeFailure(failure)).toMatch(
      /^Migration 29991231235959_bad failed and was rolled back: .*division by zero.*--rolled-back 29991231235959_bad$/,
    );
    expect(await query(url, "select 1 from pg_tables where tablename = 'Half'")).toHaveLength(0);

    const blocked = await deployMigrations(url, { migrationsDir: dir }).catch((error: unknown) => error);
    expect(describeFailure(blocked)).toContain("npm run db:deploy -- --rolled-back 29991231235959_bad");

    writeFileSync(join(dir, bad, "migration.sql"), 'create table "Half" (id int);\n');
    await markMigrationRolledBack(url, bad);
    expect(await deployMigrations(url, { migrationsDir: dir })).toEqual({ applied: [bad] });
  });
});
