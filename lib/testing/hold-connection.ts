import type { Db } from "@/lib/db/server/prisma";

/**
 * Holds one of the pool's connections in an open transaction until `release` is called: with a
 * pool of one, every other query then waits (the backpressure tests).
 */
export function holdConnection(db: Db): {
  held: Promise<unknown>;
  release: () => void;
  started: Promise<void>;
} {
  let release!: () => void;
  let started!: () => void;
  const startedPromise = new Promise<void>((r) => (started = r));
  const gate = new Promise<void>((r) => (release = r));
  const held = db.$transaction(
    async (tx) => {
      await tx.$queryRaw`select 1`;
      started();
      await gate;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  return { held, release, started: startedPromise };
}
