import "server-only";
import { getPrisma, type Db } from "@/lib/db/server/prisma";
import { describeError } from "@/lib/health/describe-error";

// Readiness: can this process run a query right now? Bounded by a timeout so the probe answers
// quickly even when the database is unreachable and the driver would wait for its own timeouts.

export type DatabaseCheck =
  { ok: true; latencyMs: number } | { ok: false; reason: "timeout" | "error"; detail: string };

type Options = { db?: Db; timeoutMs?: number };

export async function checkDatabase({ db, timeoutMs = 1_500 }: Options = {}): Promise<DatabaseCheck> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<DatabaseCheck>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: "timeout", detail: `no answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const query = (async (): Promise<DatabaseCheck> => {
    try {
      await (db ?? getPrisma()).$queryRaw`SELECT 1`;
      return { ok: true, latencyMs: Math.round(performance.now() - started) };
    } catch (error) {
      return { ok: false, reason: "error", detail: describeError(error) };
    }
  })();
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
