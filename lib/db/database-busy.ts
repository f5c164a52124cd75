// Backpressure (issue 15). The database pool is the app's queue: a request that needs a
// connection waits its turn (DATABASE_POOL_WAIT_MS) in a queue of at most DATABASE_POOL_QUEUE
// waiters. Beyond that bound the app answers 503 with Retry-After rather than failing with a 500:
// - proxy.ts refuses new requests while the queue is full (before any work is done);
// - a request already admitted that still meets a full queue (or waits too long) gets a
//   DatabaseBusyError, which route handlers and server actions answer as "busy".
// No server-only import: proxy.ts reads the gauge. The pool (lib/db/server/prisma.ts) and the
// proxy run in the same Node process (Next 16's proxy runtime is nodejs), so the gauge is shared
// through globalThis rather than a module instance (the two are bundled separately).

/** Seconds a client is told to wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;

// The marker survives Prisma wrapping the error in its own class (it keeps the message).
const MARKER = "captiva: the database is busy";

export class DatabaseBusyError extends Error {
  constructor(reason: "queue-full" | "wait-timeout") {
    super(`${MARKER} (${reason})`);
    this.name = "DatabaseBusyError";
  }
}

/** True for a DatabaseBusyError however deep Prisma or the driver adapter wrapped it. */
export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    if (current instanceof DatabaseBusyError) return true;
    if (current instanceof Error && current.message.includes(MARKER)) return true;
    current = current instanceof Error ? current.cause : undefined;
  }
  return false;
}

type PoolGauge = { waiting: () => number; oldestWaitMs?: () => number; bound: number; shedAfterMs?: number };
const holder = globalThis as unknown as { captivaPoolGauge?: PoolGauge };

/** Called once by the pool when it is made. */
export function registerPoolGauge(gauge: PoolGauge): void {
  holder.captivaPoolGauge = gauge;
}

/**
 * True while new requests should be turned away with 503: the pool's wait queue is at its bound,
 * or its oldest waiter has waited long enough that a new request would likely time out.
 */
export function databaseQueueFull(): boolean {
  const gauge = holder.captivaPoolGauge;
  if (!gauge) return false;
  if (gauge.waiting() >= gauge.bound) return true;
  return (
    gauge.shedAfterMs !== undefined &&
    gauge.oldestWaitMs !== undefined &&
    gauge.oldestWaitMs() >= gauge.shedAfterMs
  );
}

/** The 503 every layer answers with: a short page for people, JSON for /api callers. */
export function busyResponse(json = false): Response {
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (json)
    return Response.json({ error: "busy", retryAfterSeconds: RETRY_AFTER_SECONDS }, { status: 503, headers });
  const body =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Busy – Captiva Guardian</title>' +
    `<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"></head><body>` +
    "<h1>The service is busy</h1><p>Too many requests are waiting. This page will try again in a few seconds.</p>" +
    "</body></html>";
  return new Response(body, {
    status: 503,
    headers: { ...headers, "content-type": "text/html; charset=utf-8" },
  });
}
