// A page must never take more than a few of the pool's connections at once (issue 15): one page
// that starts eight queries together can hold the whole pool while fifty others wait. The pool
// holds each request to PER_REQUEST_CONNECTIONS queries at once (lib/db/server/prisma.ts, with
// `slots` below), whatever its code starts together: Prisma itself reads a findMany's relations
// side by side, so one data function with two reads at once held five connections. Within that
// bound a page may start its reads together (the role homes do: the pool then keeps both of its
// connections busy); atMost below limits how many run at once where a page wants fewer. Pure (no
// database import) so it is unit-tested alone.

/** Connections one request may hold at once; with a pool of 8 on 2 cores, about four pages run side by side. */
export const PER_REQUEST_CONNECTIONS = 2;

/** A counting semaphore: `take` resolves once fewer than `limit` are taken; each take is freed once. */
export type Slots = { take: () => Promise<void>; free: () => void };

export function slots(limit: number): Slots {
  let taken = 0;
  const waiting: (() => void)[] = [];
  return {
    take: () => {
      if (taken < limit) {
        taken++;
        return Promise.resolve();
      }
      // The slot passes straight to the next waiter, so a newcomer cannot overtake it.
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    free: () => {
      const next = waiting.shift();
      if (next) next();
      else taken--;
    },
  };
}

// A task may answer a plain value (a skipped read) as Promise.all allows.
type Tasks = readonly (() => unknown)[];
type Results<T extends Tasks> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/** Promise.all over thunks, with at most `limit` of them running at any moment; results in order. */
export async function atMost<const T extends Tasks>(limit: number, tasks: T): Promise<Results<T>> {
  const results: unknown[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), tasks.length) }, worker));
  return results as Results<T>;
}
