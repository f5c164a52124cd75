// A page must never take more than a few of the pool's connections at once (issue 15): one page
// that starts eight queries together can hold the whole pool while fifty others wait. Pages and
// data functions that have several independent reads run them through this instead of a bare
// Promise.all. Pure (no database import) so it is unit-tested alone.

/** Connections one request may hold at once; with a pool of 8 on 2 cores, about three pages run side by side. */
export const PER_REQUEST_CONNECTIONS = 3;

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
