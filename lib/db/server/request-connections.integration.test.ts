import type { EventEmitter } from "node:events";
import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma, poolOf } from "@/lib/db/server/prisma";
import { inRequestScope } from "@/lib/db/busy-scope";
import { getEnv } from "@/lib/env";
import { seedDatabase } from "@/prisma/seed/seed-database";
import { loadAnalystHome, loadChairHome } from "@/app/home-data";
import type { Actor } from "@/lib/auth/actor";

// Issue 15: a page never takes more than a few of the pool's connections at once. The chair's home
// held up to six, although it read one data function at a time: Prisma reads a findMany's
// relations side by side, so "my actions" (two counts and a list with three relations) alone
// held five. The pool now holds each request (the server's request scope) to
// PER_REQUEST_CONNECTIONS queries at once. Counted on the app's pool: checkouts minus releases.

withTestDatabase();
const homes: Record<"chair" | "analyst", Actor> = {} as never;
beforeAll(async () => {
  // The seed's world, so every list has rows and Prisma reads their relations.
  await seedDatabase({ url: getEnv().DATABASE_URL!, scale: "tiny", seed: 1, today: "2026-12-07" });
  const prisma = getPrisma();
  homes.chair = actorFor(await prisma.user.findFirstOrThrow({ where: { role: "CHAIR" } }));
  homes.analyst = actorFor(await prisma.user.findFirstOrThrow({ where: { role: "ANALYST" } }));
}, 120_000);

/** The most connections the app's pool had checked out at once while `work` ran. */
async function peakConnections(work: () => Promise<unknown>): Promise<number> {
  const pool = poolOf(getPrisma())! as unknown as EventEmitter;
  let held = 0;
  let peak = 0;
  const acquire = () => (peak = Math.max(peak, ++held));
  const release = () => held--;
  pool.on("acquire", acquire).on("release", release);
  try {
    await work();
  } finally {
    pool.off("acquire", acquire).off("release", release);
  }
  return peak;
}

describe("connections one request holds", () => {
  it.each([
    ["chair", loadChairHome],
    ["analyst", loadAnalystHome],
  ] as const)("the %s's home data holds at most two at once", async (role, load) => {
    await load(homes[role]); // once first: the pool opens its connections
    expect(await peakConnections(() => inRequestScope(() => load(homes[role])))).toBeLessThanOrEqual(2);
  });

  it("outside a request (a job, a script) the pool does not hold it back", async () => {
    expect(await peakConnections(() => loadChairHome(homes.chair))).toBeGreaterThan(2);
  });

  it("a transaction takes no slot, so a query outside it while it is open cannot wait on it", async () => {
    const prisma = getPrisma();
    const answer = inRequestScope(() =>
      Promise.all(
        [1, 2, 3].map((n) =>
          prisma.$transaction(async (tx) => {
            await tx.$queryRaw`select 1`;
            // reached through the app's client rather than tx, as some shared helpers are
            const [row] = await prisma.$queryRaw<[{ n: number }]>`select ${n}::int as n`;
            return row.n;
          }),
        ),
      ),
    );
    await expect(answer).resolves.toEqual([1, 2, 3]);
  });
});
