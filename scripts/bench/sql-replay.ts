import pg from "pg";

// A page against its own SQL (issue 15): what a call sent through pg is captured once, then sent
// again, as it was, through a plain node-postgres client. The page's time over the SQL's is what
// the app adds (Prisma, building the page's data, waiting for a connection), so a slow case is
// seen to be the query or the code around it. The replay runs the statements one after another in
// a transaction that is rolled back (an audit row or a consultation the call wrote is written and
// undone; the call's own BEGIN/COMMIT are left out), so the SQL time is a sum, where the app may
// run two at once.

export type Statement = { text: string; values: unknown[] };

const TRANSACTION_CONTROL =
  /^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|SET TRANSACTION|SAVEPOINT|RELEASE)\b/i;

/** Every statement `work` sent through pg (Prisma's adapter, raw queries and transactions alike). */
export async function captureStatements<T>(
  work: () => Promise<T>,
): Promise<{ statements: Statement[]; result: T }> {
  const statements: Statement[] = [];
  const original = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string; values?: unknown[] };
    const text = typeof first === "string" ? first : (first.text ?? "");
    const values =
      typeof first === "string" ? ((args[1] as unknown[] | undefined) ?? []) : (first.values ?? []);
    statements.push({ text, values });
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    return { statements, result: await work() };
  } finally {
    pg.Client.prototype.query = original;
  }
}

/** Sends `statements` again in order, in a rolled-back transaction; the milliseconds they took. */
export async function replayStatements(client: pg.Client, statements: Statement[]): Promise<number> {
  await client.query("BEGIN");
  try {
    const started = performance.now();
    for (const s of statements) {
      if (TRANSACTION_CONTROL.test(s.text)) continue;
      await client.query({ text: s.text, values: s.values, rowMode: "array" });
    }
    return performance.now() - started;
  } finally {
    await client.query("ROLLBACK");
  }
}

/** The median of `runs` replays after one warm-up. */
export async function medianReplay(
  client: pg.Client,
  statements: Statement[],
  runs: number,
): Promise<number> {
  await replayStatements(client, statements);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) times.push(await replayStatements(client, statements));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
