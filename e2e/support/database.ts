import { readFileSync } from "node:fs";
import pg from "pg";
import { e2eDatabaseUrlFile } from "./database-url-file";

/**
 * Runs one query against the e2e server's database: the truth a page is checked against, or (rarely)
 * a row a test needs that no page makes quickly, such as an account of its own (accountLike).
 */
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
