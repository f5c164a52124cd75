import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { EmbeddedDbError, startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { createDatabase, dropDatabase } from "../../lib/testing/database-server";
import type { Env } from "../../lib/env";

// Where the app's data lives for one run of `npm start` (or of the e2e server):
// - DATABASE_URL set: that server (ephemeral runs get their own database on it, dropped after);
// - otherwise an embedded PostgreSQL: persistent under DATA_DIR, or throwaway for tests.

export type OpenDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function openDatabase(
  env: Env,
  options: { ephemeral: boolean; port?: number; log: (line: string) => void },
): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL);
    if (!options.ephemeral) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
    const name = `captiva_e2e_${process.pid}_${Date.now().toString(36)}`;
    const url = await createDatabase(env.DATABASE_URL, name);
    return { url, embedded: false, stop: () => dropDatabase(env.DATABASE_URL!, name) };
  }
  const dir = options.ephemeral ? join(throwawayFolder(), "pg") : join(env.DATA_DIR, "pg");
  const db = await startEmbeddedPostgres({
    dir,
    port: options.port ?? env.EMBEDDED_PG_PORT,
    persistent: !options.ephemeral,
    log: options.log,
  });
  return { url: db.url, embedded: true, stop: db.stop };
}

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    const host = safeHost(url);
    throw new EmbeddedDbError(
      `Cannot reach the PostgreSQL server in DATABASE_URL (${host}): ${reason}. ` +
        `Check the host, port, user, password and database name, or unset DATABASE_URL to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** The URL without its password, for messages. */
export function safeHost(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "an unparseable URL";
  }
}

/** As root, postgres runs as the `postgres` user, which must be able to reach the folder. */
function throwawayFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "captiva-e2e-"));
  chmodSync(dir, 0o755);
  return dir;
}
