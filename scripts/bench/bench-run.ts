import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Actor } from "../../lib/auth/actor";
import { permissionsFor } from "../../lib/auth/permissions";

// The list and search benches' shared steps: a fresh account per case (the audit-row count behind
// the search rate limit is per user, so reusing one account would end in refusals), and timing a
// call: one warm-up, then the median and the slowest of `runs` calls.

/** A new account (`Bench <n>`) of the given role and provider, as the Actor a request would build. */
export async function benchActor(
  prisma: PrismaClient,
  tag: string,
  n: number,
  account: Pick<Actor, "role"> & { providerId?: number | null },
): Promise<Actor> {
  const user = await prisma.user.create({
    data: { email: `bench-${tag}-${Date.now()}-${n}@captiva.example`, name: `Bench ${n}`, ...account },
  });
  return { ...user, permissions: permissionsFor(user.role), sessionKey: "bench", address: null };
}

/**
 * Runs `work` once to warm up (unless `warmUp` is false: a first run is what is timed), then `runs`
 * times: the median (also in ms, to compare) and slowest times, and the last result.
 */
export async function timeRuns<T>(
  runs: number,
  work: () => Promise<T>,
  { warmUp = true } = {},
): Promise<{ median: string; max: string; medianMs: number; last: T | undefined }> {
  if (warmUp) await work();
  const times: number[] = [];
  let last: T | undefined;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    last = await work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)]!;
  return {
    median: `${medianMs.toFixed(1)} ms`,
    max: `${times[times.length - 1]!.toFixed(1)} ms`,
    medianMs,
    last,
  };
}
