import { AsyncLocalStorage } from "node:async_hooks";
import type { ServerResponse } from "node:http";
import { RETRY_AFTER_SECONDS } from "./database-busy";
import type { Slots } from "./at-most";

// A page that meets a busy database mid-render (lib/db/database-busy.ts) throws, and Next renders
// its error page with status 500: error.tsx cannot set a status. The app's HTTP server
// (scripts/serve.ts) runs each request in a scope; the pool notes in that scope when it refused
// the request a connection; and if the response then goes out as a 500, the server sends it as
// 503 with Retry-After instead. The scope is kept on globalThis because the server and the bundled
// app code each have their own copy of this module. The pool also keeps each request's share of
// connections in its scope (`queries`, lib/db/at-most.ts).

export type RequestScope = { databaseBusy: boolean; queries?: Slots };

const holder = globalThis as unknown as { captivaRequestScope?: AsyncLocalStorage<RequestScope> };
const storage = (holder.captivaRequestScope ??= new AsyncLocalStorage<RequestScope>());

/** The scope of the request being served here, if the server opened one. */
export function currentRequestScope(): RequestScope | undefined {
  return storage.getStore();
}

/** Runs `work` as one request of its own: the server's scope without the response (tests, jobs). */
export function inRequestScope<T>(work: () => T): T {
  return storage.run({ databaseBusy: false }, work);
}

/** Called by the pool when it refuses a connection (queue full, or waited too long). */
export function noteDatabaseBusy(scope: RequestScope | undefined = currentRequestScope()): void {
  if (scope) scope.databaseBusy = true;
}

/**
 * Serves one request in a scope of its own, and sends a 500 that followed a busy refusal as 503 +
 * Retry-After. Node sends the status line through writeHead (also when it is implicit), so this
 * one place sees every status the framework sets.
 */
export function serveInRequestScope(res: ServerResponse, serve: () => void): void {
  const scope: RequestScope = { databaseBusy: false };
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.writeHead = ((statusCode: number, ...rest: unknown[]) => {
    if (statusCode === 500 && scope.databaseBusy && !res.headersSent) {
      res.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      res.setHeader("Cache-Control", "no-store");
      return writeHead(503, ...rest.map((arg) => (typeof arg === "string" ? "Service Unavailable" : arg)));
    }
    return writeHead(statusCode, ...rest);
  }) as ServerResponse["writeHead"];
  storage.run(scope, serve);
}
