import "server-only";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { toAuditRow, type AuditRow } from "@/lib/audit/audit-row";
import type { AuditEventInput } from "@/lib/audit/events";

// Set-based writes for the import: one statement per few thousand rows, the batch sent as ONE json
// parameter and expanded with json_to_recordset() — a 100,000-row import is a few dozen round
// trips, not a few hundred thousand. (One json document, not one array parameter per column: pg
// escapes array literals in JavaScript, which cost more than all the SQL of an import.) Column and
// table names are constants of the callers, never input; every value travels inside the parameter.

export const BATCH = 5_000;

export type Column = { name: string; type: string; cast?: string };

export type Sql = pg.ClientBase;

function recordsetSelect(columns: readonly Column[], constants: readonly string[]): string {
  const picks = [...columns.map((c, i) => (c.cast ? `t.c${i}::${c.cast}` : `t.c${i}`)), ...constants].join(
    ", ",
  );
  return `SELECT ${picks} FROM ${recordset(columns)}`;
}

function recordset(columns: readonly Column[]): string {
  return `json_to_recordset($1::json) AS t(${columns.map((c, i) => `c${i} ${c.type}`).join(", ")})`;
}

/** The batch as one json array of {c0, c1, …} objects; a Date is sent as its day (date columns). */
function recordsOf(columns: readonly Column[], rows: readonly unknown[][]): [string] {
  const records = rows.map((row) => {
    const record: Record<string, unknown> = {};
    for (let i = 0; i < columns.length; i++) {
      const value = row[i] ?? null;
      record[`c${i}`] = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    }
    return record;
  });
  return [JSON.stringify(records)];
}

/** INSERT … SELECT FROM json_to_recordset(…), optionally RETURNING, in batches. `extra` adds constant SQL values. */
export async function insertRows<R extends pg.QueryResultRow>(
  sql: Sql,
  table: string,
  columns: readonly Column[],
  rows: readonly unknown[][],
  options: {
    extra?: Record<string, string>;
    returning?: string;
    onConflict?: string;
    onBatch?: (done: number) => Promise<void>;
  } = {},
): Promise<R[]> {
  const out: R[] = [];
  const extra = Object.entries(options.extra ?? {});
  const names = [...columns.map((c) => `"${c.name}"`), ...extra.map(([k]) => `"${k}"`)].join(", ");
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const select = recordsetSelect(
      columns,
      extra.map(([, v]) => v),
    );
    const text = `INSERT INTO "${table}" (${names}) ${select}${options.onConflict ? ` ${options.onConflict}` : ""}${options.returning ? ` RETURNING ${options.returning}` : ""}`;
    const result = await sql.query<R>(text, recordsOf(columns, batch));
    out.push(...result.rows);
    await options.onBatch?.(batch.length);
  }
  return out;
}

/** UPDATE table SET col = t.col … FROM json_to_recordset(…) WHERE table.id = t.id; the first column is the id. */
export async function updateRows(
  sql: Sql,
  table: string,
  columns: readonly Column[],
  rows: readonly unknown[][],
  options: { extraSet?: string; onBatch?: (done: number) => Promise<void> } = {},
): Promise<void> {
  const [id, ...rest] = columns;
  const sets = [
    ...rest.map((c, i) => `"${c.name}" = t.c${i + 1}${c.cast ? `::${c.cast}` : ""}`),
    ...(options.extraSet ? [options.extraSet] : []),
  ].join(", ");
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    await sql.query(
      `UPDATE "${table}" AS x SET ${sets} FROM ${recordset(columns)} WHERE x."${id!.name}" = t.c0`,
      recordsOf(columns, batch),
    );
    await options.onBatch?.(batch.length);
  }
}

// Every column toAuditRow fills, so an import's rows are the ones writeAudit would insert.
const AUDIT_COLUMNS: (Column & { name: keyof AuditRow })[] = [
  { name: "actorId", type: "int" },
  { name: "actorLabel", type: "text" },
  { name: "category", type: "text", cast: `"AuditCategory"` },
  { name: "event", type: "text" },
  { name: "entityType", type: "text" },
  { name: "entityId", type: "text" },
  { name: "justification", type: "text" },
  { name: "recipients", type: "text" },
  { name: "changes", type: "jsonb" },
  { name: "address", type: "text" },
];

/**
 * The audit rows of an import, in batches, with source "import". Each row is built by the same
 * toAuditRow as writeAudit's; the sealer (audit_seal) chains them once the import commits.
 */
export async function insertAuditRows(sql: Sql, events: readonly AuditEventInput[]): Promise<void> {
  const rows = events.map((event) => {
    const row = toAuditRow(event);
    return AUDIT_COLUMNS.map((c) => row[c.name]);
  });
  await insertRows(sql, "AuditEvent", AUDIT_COLUMNS, rows, { extra: { source: "'import'" } });
}

/** A connection of the import's own: one transaction may run for most of a minute. */
export async function withSql<T>(work: (sql: Sql) => Promise<T>): Promise<T> {
  const url = getEnv().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
