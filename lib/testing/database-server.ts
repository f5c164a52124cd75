import { chmodSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { freePort } from "@/lib/testing/free-port";

// A PostgreSQL server for one test run: the DATABASE_URL server when given, else a throwaway
// embedded cluster. Tests never touch an existing database: they create their own and drop it.

export type TestDatabaseServer = {
  /** URL of a database on the server from which CREATE/DROP DATABASE can be issued. */
  adminUrl: string;
  /** Prefix of every database this run creates, so teardown can find them. */
  prefix: string;
  stop: () => Promise<void>;
};

export async function startTestDatabaseServer(databaseUrl: string | undefined): Promise<TestDatabaseServer> {
  const prefix = `captiva_test_${process.pid}_${Date.now().toString(36)}`;
  if (databaseUrl) {
    return { adminUrl: databaseUrl, prefix, stop: () => dropDatabasesWithPrefix(databaseUrl, prefix) };
  }
  const dir = mkdtempSync(join(tmpdir(), "captiva-test-pg-"));
  chmodSync(dir, 0o755); // as root, postgres runs as the `postgres` user and must reach the folder
  const db = await startEmbeddedPostgres({ dir: join(dir, "pg"), port: await freePort(), persistent: false });
  return { adminUrl: db.url, prefix, stop: () => db.stop() };
}

export function databaseUrlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await withClient(adminUrl, async (client) => {
    const from = template ? ` template ${client.escapeIdentifier(template)}` : "";
    await client.query(`create database ${client.escapeIdentifier(name)}${from}`);
  });
  return databaseUrlFor(adminUrl, name);
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, (client) =>
    client.query(`drop database if exists ${client.escapeIdentifier(name)} with (force)`),
  );
}

async function dropDatabasesWithPrefix(adminUrl: string, prefix: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`${prefix}%`],
    );
    for (const { datname } of rows) {
      await client.query(`drop database if exists ${client.escapeIdentifier(datname)} with (force)`);
    }
  });
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
