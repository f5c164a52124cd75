import { expect } from "vitest";

// Issue 16: 20 identical create submissions at once used to make 20 records. The idempotent-create
// tests call an action 20 times concurrently as one signed-in user and count the rows.

type Result = { ok: boolean; data?: unknown; alreadyDone?: { href: string }; error?: unknown };

/**
 * 20 identical calls at once: one creates, nineteen are told where the record is. `count` reads
 * the table back; it must grow by exactly one. Returns the link the repeats were given.
 */
export async function twentyAtOnce(
  call: () => Promise<Result>,
  count: () => Promise<number>,
): Promise<string> {
  const before = await count();
  const results = await Promise.all(Array.from({ length: 20 }, call));
  expect(results.map((r) => r.error ?? null)).toEqual(Array(20).fill(null));
  expect(await count()).toBe(before + 1);
  expect(results.filter((r) => !r.alreadyDone)).toHaveLength(1);
  const [first] = results.filter((r) => !r.alreadyDone);
  for (const r of results) expect(r.data).toEqual(first!.data);
  return results.find((r) => r.alreadyDone)!.alreadyDone!.href;
}
