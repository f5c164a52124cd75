import { readFileSync } from "node:fs";
import pg from "pg";
import { e2eDatabaseUrlFile } from "./database-url-file";

/** Runs one read-only query against the e2e server's database (the truth a page is checked against). */
export async function queryE2eDatabase<T extends pg.QueryResultRow>(
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const url = readFileSync(e2eDatabaseUrlFile(port), "utf8").trim();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}
