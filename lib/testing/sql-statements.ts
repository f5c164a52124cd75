import pg from "pg";
import { vi } from "vitest";

/**
 * The SQL statements `work` sends (first line each, for a failure's message), counted where every
 * statement leaves: pg's Client#query, which Prisma's pg adapter, raw queries and transactions
 * (BEGIN/COMMIT included) all go through. `work` runs once first, uncounted: Prisma's own
 * connection set-up is not the request's cost. Issue 15's statement-count tests.
 */
export async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
  await work();
  const seen: string[] = [];
  const original = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (
    this: pg.Client,
    ...args: unknown[]
  ) {
    const first = args[0];
    const text = typeof first === "string" ? first : (first as { text?: string } | undefined)?.text;
    seen.push((text ?? String(first)).replace(/\s+/g, " ").slice(0, 140));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original);
  try {
    await work();
  } finally {
    spy.mockRestore();
  }
  return seen;
}
