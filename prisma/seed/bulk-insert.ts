import type pg from "pg";

// Multi-row inserts through `unnest`: one statement and one parameter per column for thousands of
// rows, far faster than row-by-row inserts and free of the 65,535-parameter limit. Each column is
// sent as a ready-made array literal (node-pg's generic array encoder is several times slower),
// and the next chunk is encoded while PostgreSQL is still inserting the previous one.

/** Which id list a foreign key must be translated through (dataset positions → database ids). */
export type RefKind = "user" | "npu" | "hotspot" | "provider";
export type IdMaps = Record<RefKind, readonly number[]>;

export type Column<R> = {
  name: keyof R & string;
  /** PostgreSQL element type: int, text, bool, float8, date, timestamp(3), or an enum ("Role"). */
  type: string;
  ref?: RefKind;
};

export type TableSpec<R> = { table: string; columns: Column<R>[] };

export const CHUNK_ROWS = 10_000;

export async function insertRows<R>(
  client: pg.ClientBase,
  spec: TableSpec<R>,
  rows: readonly R[],
  ids: IdMaps,
): Promise<number> {
  if (rows.length === 0) return 0;
  const names = spec.columns.map((c) => `"${c.name}"`).join(", ");
  const params = spec.columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  const sql = `insert into "${spec.table}" (${names}) select * from unnest(${params})`;
  let pending: Promise<unknown> | null = null;
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS);
    const values = spec.columns.map((column) => arrayLiteral(chunk, column, ids));
    if (pending) await pending;
    pending = client.query(sql, values);
  }
  await pending;
  return rows.length;
}

/** A PostgreSQL array literal ("{1,NULL,\"a \\\"b\\\"\"}") for one column of a chunk. */
export function arrayLiteral<R>(rows: readonly R[], column: Column<R>, ids: IdMaps): string {
  const map = column.ref ? ids[column.ref] : null;
  const quote = column.type === "text" || column.type === "jsonb";
  const parts = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    let value = rows[i]![column.name] as unknown;
    if (value == null) {
      parts[i] = "NULL";
      continue;
    }
    if (map) {
      const id = map[(value as number) - 1];
      if (id === undefined) throw new Error(`${column.name} ${String(value)} has no ${column.ref} id`);
      value = id;
    }
    if (typeof value === "boolean") parts[i] = value ? "t" : "f";
    else if (quote) parts[i] = quoteElement(String(value));
    else parts[i] = String(value); // numbers, dates, timestamps, enum labels: no characters needing quotes
  }
  return `{${parts.join(",")}}`;
}

function quoteElement(text: string): string {
  return /["\\]/.test(text) ? `"${text.replace(/[\\"]/g, "\\$&")}"` : `"${text}"`;
}
