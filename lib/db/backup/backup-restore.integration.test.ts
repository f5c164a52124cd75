import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedDb } from "@/lib/db/embedded-postgres";
import { deployMigrations } from "@/lib/db/migrate/deploy-migrations";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { createPrismaClient } from "@/lib/db/server/prisma";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { verifyAuditChain } from "@/lib/audit/server/verify-audit-chain";
import { backupDataDirectory } from "@/lib/db/backup/online-backup";
import { freePort } from "@/lib/testing/free-port";

// Issue 16: `npm run db:backup` while the app serves and writes, `npm run db:restore` into a fresh
// DATA_DIR: every table's row count equal, the audit chain intact, the secrets and imports back,
// and the archive readable by its owner only.

const root = mkdtempSync(join(tmpdir(), "captiva-backup-"));
chmodSync(root, 0o755); // as root the embedded server runs as `postgres` and must reach its folder
const servers: EmbeddedDb[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop().catch(() => undefined);
  rmSync(root, { recursive: true, force: true });
});

async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' order by 1",
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables)
      counts[name] = Number((await client.query(`select count(*) as n from "${name}"`)).rows[0].n);
    return counts;
  } finally {
    await client.end();
  }
}

describe("backup and restore", () => {
  it("backs up while serving and writing; restores into a fresh directory with equal rows and an intact audit chain", async () => {
    const source = join(root, "source");
    mkdirSync(join(source, "imports", "1"), { recursive: true });
    writeFileSync(join(source, "auth-secret"), "synthetic-auth-secret\n", { mode: 0o600 });
    writeFileSync(join(source, "imports", "1", "offences.csv"), "crime_reference\nCG-TEST-1\n");
    const port = await freePort();
    const live = await startEmbeddedPostgres({ dir: join(source, "pg"), port, persistent: true });
    servers.push(live);
    await deployMigrations(live.url);
    await seedDatabase({ url: live.url, scale: "tiny", seed: 7 });

    // The app serving: a pool with open connections, writing audited rows throughout the copy.
    const db = createPrismaClient(live.url, 4);
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await writeAudit(db, {
          event: "access.refused",
          actor: SYSTEM_ACTOR,
          detail: { reason: "backup-test", n: written },
        });
        written++;
      }
    })();

    const file = join(root, "backups", "captiva.tar.gz");
    const result = await backupDataDirectory({
      dataDir: source,
      file,
      afterCopy: async () => {
        // Writes committed after the files were copied are in the WAL, not the copy: they must
        // come back too. Stop here so the expected counts are exact.
        while (written < 20) await new Promise((r) => setTimeout(r, 10));
        writing = false;
        await writer;
      },
    });
    expect(result.online).toBe(true);
    expect(written).toBeGreaterThanOrEqual(20);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const expected = await rowCounts(live.url);
    await db.$disconnect();
    await live.stop();

    const restored = join(root, "restored");
    const restorePort = await freePort();
    const cli = spawnSync(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/db/restore.ts", "--", file],
      {
        env: { ...process.env, DATA_DIR: restored, EMBEDDED_PG_PORT: String(restorePort), DATABASE_URL: "" },
        encoding: "utf8",
      },
    );
    expect(cli.stdout + cli.stderr).toMatch(/audit log intact/);
    expect(cli.status).toBe(0);

    const back = await startEmbeddedPostgres({
      dir: join(restored, "pg"),
      port: restorePort,
      persistent: true,
    });
    servers.push(back);
    expect(await rowCounts(back.url)).toEqual(expected);
    expect(expected.AuditEvent).toBeGreaterThan(20);
    const check = createPrismaClient(back.url, 2);
    try {
      expect((await verifyAuditChain({ db: check })).ok).toBe(true);
    } finally {
      await check.$disconnect();
    }
    expect(readFileSync(join(restored, "auth-secret"), "utf8")).toBe("synthetic-auth-secret\n");
    expect(readFileSync(join(restored, "imports", "1", "offences.csv"), "utf8")).toContain("CG-TEST-1");
    expect(statSync(join(restored, "pg.password")).mode & 0o777).toBe(0o600);
  }, 300_000);

  it("refuses to restore over a directory that already holds a database", async () => {
    const cli = spawnSync(
      process.execPath,
      [
        "node_modules/tsx/dist/cli.mjs",
        "--conditions=react-server",
        "scripts/db/restore.ts",
        "--",
        join(root, "backups", "captiva.tar.gz"),
      ],
      {
        env: { ...process.env, DATA_DIR: join(root, "restored"), DATABASE_URL: "" },
        encoding: "utf8",
      },
    );
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toMatch(/already holds a database/);
  });
});
