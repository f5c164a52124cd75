import "server-only";
import type { EventEmitter } from "node:events";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/env";
import { DatabaseBusyError, registerPoolGauge } from "@/lib/db/database-busy";
import { currentRequestScope, noteDatabaseBusy, type RequestScope } from "@/lib/db/busy-scope";
import { PER_REQUEST_CONNECTIONS, slots } from "@/lib/db/at-most";

// One client per server process. Created on first use, never at import: `next build` imports
// route modules with no database configured.

const globalForPrisma = globalThis as unknown as { captivaPrisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  if (globalForPrisma.captivaPrisma) return globalForPrisma.captivaPrisma;
  const env = getEnv();
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides the database.");
  }
  const pool = { waitMs: env.DATABASE_POOL_WAIT_MS, queueBound: env.DATABASE_POOL_QUEUE };
  globalForPrisma.captivaPrisma = createPrismaClient(env.DATABASE_URL, env.DATABASE_POOL_SIZE, pool);
  const client = globalForPrisma.captivaPrisma;
  registerPoolGauge({
    waiting: () => poolOf(client)?.waitingCount ?? 0,
    oldestWaitMs: () => poolOf(client)?.oldestWaitMs() ?? 0,
    bound: env.DATABASE_POOL_QUEUE,
    // New requests are turned away once a waiter has waited half its allowance: those admitted
    // before still have the other half to be served in.
    shedAfterMs: env.DATABASE_POOL_WAIT_MS / 2,
  });
  return client;
}

const pools = new WeakMap<PrismaClient, BoundedPool>();

/** The pool behind a client made here: its queue length feeds proxy.ts's 503 and the tests. */
export function poolOf(client: PrismaClient): BoundedPool | undefined {
  return pools.get(client);
}

export function createPrismaClient(
  connectionString: string,
  max = 10,
  { waitMs = 20_000, queueBound = 200 }: { waitMs?: number; queueBound?: number } = {},
): PrismaClient {
  // pg's pool waits forever for a connection by default; connectionTimeoutMillis bounds both the
  // wait in the queue and a new connection's start, so a database restart fails in bounded time.
  const pool = new BoundedPool(
    // statement_timeout: a hung query on an open connection must not hold a request for ever.
    // idle_in_transaction_session_timeout: a transaction left open by a stalled request must not
    // hold its locks (and its pool connection) for ever (issue 14).
    {
      connectionString,
      max,
      connectionTimeoutMillis: waitMs,
      idleTimeoutMillis: 30_000,
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    },
    // The proxy sheds at queueBound; twice that is the last line for requests already admitted.
    queueBound * 2,
  );
  // An idle connection dropped by a database restart emits here; unhandled it would end the process.
  pool.on("error", (error) => console.error("database pool error:", error.message));
  // The adapter ships newer pg typings than ours; at run time both are the one installed `pg`.
  const adapter = new PrismaPg(pool as unknown as ConstructorParameters<typeof PrismaPg>[0], {
    onPoolError: (error) => console.error("database pool error:", error.message),
    // $disconnect() ends the pool, as it did when the adapter made its own.
    disposeExternalPool: true,
  });
  const client = new PrismaClient({ adapter });
  pools.set(client, pool);
  return client;
}

type ConnectCallback = (
  error: Error | undefined,
  client?: pg.PoolClient,
  done?: (release?: unknown) => void,
) => void;

/**
 * pg's Pool with a hard bound on its wait queue: past `hardBound` waiters a request for a
 * connection fails at once with DatabaseBusyError (answered 503), and a wait that times out
 * becomes the same error, so overload is reported as "busy, try again" rather than as a fault.
 * proxy.ts turns new requests away well before either (at the queue bound, or once the oldest
 * waiter has waited half the wait time), so requests already admitted are served. pg-pool's own
 * query() goes through connect(), so both paths the Prisma adapter uses are covered.
 *
 * Within a request's scope (lib/db/busy-scope.ts), single queries (pg-pool's query(), which the
 * adapter uses outside transactions) also wait for one of the request's PER_REQUEST_CONNECTIONS
 * slots, so a page cannot hold more than its share of the pool however many reads it starts
 * together. A transaction's connection (connect() without a callback) takes no slot: code inside
 * one may still run a query outside it, and it must not wait for a slot the transaction holds.
 * Single queries hold a slot only while they run, so a wait for one always ends.
 */
export class BoundedPool extends pg.Pool {
  private readonly waitingSince = new Map<object, number>();
  /** Frees the request slot a checked-out client holds (pg-pool emits "release" with the client). */
  private readonly slotOf = new WeakMap<pg.PoolClient, () => void>();

  constructor(
    config: pg.PoolConfig,
    readonly hardBound: number,
  ) {
    super(config);
    // A documented pg-pool event that @types/pg does not list.
    (this as EventEmitter).on("release", (_error: unknown, client: pg.PoolClient) => {
      const free = this.slotOf.get(client);
      this.slotOf.delete(client);
      free?.();
    });
  }

  /** How long the longest-waiting request for a connection has waited, in ms (0 when none waits). */
  oldestWaitMs(): number {
    for (const since of this.waitingSince.values()) return performance.now() - since; // insertion order: the first is the oldest
    return 0;
  }

  // pg's typings overload connect(); the implementation takes an optional callback.
  override connect(): Promise<pg.PoolClient>;
  override connect(callback: ConnectCallback): void;
  override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    // Taken now, in the caller's context: a refusal marks the request it was made for, so the
    // server answers a page that failed on it with 503 rather than 500 (lib/db/busy-scope.ts).
    const scope = currentRequestScope();
    if (!callback || !scope) return this.connectNow(scope, callback);
    const queries = (scope.queries ??= slots(PER_REQUEST_CONNECTIONS));
    void queries.take().then(() => {
      this.connectNow(scope, (error, client, done) => {
        if (client) this.slotOf.set(client, queries.free);
        else queries.free();
        callback(error, client, done);
      });
    });
  }

  private connectNow(
    scope: RequestScope | undefined,
    callback?: ConnectCallback,
  ): Promise<pg.PoolClient> | void {
    const full = this.waitingCount >= this.hardBound && this.idleCount === 0;
    if (full) {
      noteDatabaseBusy(scope);
      const refused = new DatabaseBusyError("queue-full");
      if (!callback) return Promise.reject(refused);
      process.nextTick(() => callback(refused));
      return;
    }
    const token = {};
    this.waitingSince.set(token, performance.now());
    const settled = (error: unknown) => {
      this.waitingSince.delete(token);
      if (!error) return undefined;
      const answer = busyIfTimeout(error);
      if (answer instanceof DatabaseBusyError) noteDatabaseBusy(scope);
      return answer;
    };
    if (callback) {
      const base = pg.Pool.prototype.connect as unknown as (this: pg.Pool, cb: ConnectCallback) => void;
      base.call(this, (error, client, done) => callback(settled(error), client, done));
      return;
    }
    return super.connect().then(
      (client) => {
        settled(undefined);
        return client;
      },
      (error: unknown) => {
        throw settled(error);
      },
    );
  }
}

function busyIfTimeout(error: unknown): Error {
  if (error instanceof Error && error.message === "timeout exceeded when trying to connect") {
    return new DatabaseBusyError("wait-timeout");
  }
  return error instanceof Error ? error : new Error(String(error));
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
