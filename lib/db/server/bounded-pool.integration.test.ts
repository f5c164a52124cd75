import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { poolOf, type Db } from "@/lib/db/server/prisma";
import { isDatabaseBusy } from "@/lib/db/database-busy";
import { holdConnection } from "@/lib/testing/hold-connection";

// Backpressure (issue 15): requests queue for a connection up to the bound, then are told "busy"
// (a DatabaseBusyError, answered 503) instead of the driver's "timeout exceeded" (a 500).

const database = withTestDatabase();

const client = (options: { waitMs?: number; queueBound?: number }): Db => database.client(1, options);

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
}

describe("the bounded database pool", () => {
  it("queues requests within the bound and answers them in turn once a connection is free", async () => {
    const db = client({ waitMs: 30_000, queueBound: 5 });
    const hold = holdConnection(db);
    await hold.started;
    const waiting = [1, 2, 3].map((n) =>
      db.$queryRaw<[{ n: number }]>`select ${n}::int as n`.then((rows) => rows),
    );
    await until(() => poolOf(db)!.waitingCount === 3);
    hold.release();
    await hold.held;
    const answers = await Promise.all(waiting);
    expect(answers.map((a) => a[0].n)).toEqual([1, 2, 3]);
  });

  it("refuses a request beyond the queue bound with the busy error, not a driver error", async () => {
    const db = client({ waitMs: 30_000, queueBound: 1 });
    const hold = holdConnection(db);
    await hold.started;
    // A Prisma query starts only when awaited or then()'d. Admitted requests may queue up to twice
    // the bound (proxy.ts turns new requests away at the bound itself).
    const queued = Promise.all([
      db.$queryRaw`select 1`.then((rows) => rows),
      db.$queryRaw`select 1`.then((rows) => rows),
    ]);
    await until(() => poolOf(db)!.waitingCount === 2);
    expect(poolOf(db)!.oldestWaitMs()).toBeGreaterThan(0);
    const refused = await db.$queryRaw`select 2`.then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).not.toBeNull();
    expect(isDatabaseBusy(refused)).toBe(true);
    hold.release();
    await hold.held;
    await expect(queued).resolves.toHaveLength(2); // those within the bound were still answered
    expect(poolOf(db)!.oldestWaitMs()).toBe(0);
  });

  it("turns a wait past DATABASE_POOL_WAIT_MS into the busy error", async () => {
    const db = client({ waitMs: 200, queueBound: 10 });
    const hold = holdConnection(db);
    await hold.started;
    const error = await db.$queryRaw`select 1`.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseBusy(error)).toBe(true);
    hold.release();
    await hold.held;
  });

  it("does not call an ordinary database error busy", async () => {
    const db = client({});
    const error = await db.$queryRaw`select 1/0`.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseBusy(error)).toBe(false);
  });
});
