import "server-only";
import { createHash } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { AppError } from "@/lib/errors";
import { getPrisma } from "@/lib/db/server/prisma";

// Why a key derived from (actor, action, parsed input) and not a per-form token rendered by the
// server: it needs no change to any form or client (and so also covers scripted replays, a retry
// after a timeout and a second tab, none of which a disabled button stops), and the same
// submission always maps to the same key. The price: the same person making two genuinely
// identical records within the window gets the first one back; for the creates here (a meeting,
// a referral, a person on an offence, a piece of intelligence…) an identical second copy within
// minutes is a duplicate, and the answer tells them where the first one is.
//
// Why the claim is committed before the create instead of inside the create's transaction: the
// data functions open their own transactions (and other code calls them), so joining one would
// mean threading a transaction through every create. A committed claim is simpler and still
// gives "at most once": a concurrent duplicate finds the claim, waits (without holding a
// connection, so 20 waiters cannot starve the pool the first one needs) until the first
// finishes, and returns its result. If the first fails, its claim is deleted and a retry runs
// again. If the process dies mid-create the claim stays pending; after STALE_MS it may be taken
// over, so a crash never blocks a retry for the whole window.

export const IDEMPOTENCY_WINDOW_MS = 10 * 60_000;
const STALE_MS = 60_000;
const WAIT_MS = 20_000;
const POLL_MS = 50;

/** Sorted keys, so the same fields in any order give the same key; Dates as ISO strings. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return "null";
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  if (typeof value === "bigint") return JSON.stringify(value.toString());
  return JSON.stringify(value) ?? "null";
}

export function idempotencyKey(actorId: number, action: string, input: unknown): string {
  return createHash("sha256")
    .update(`${actorId}\u0000${action}\u0000${canonicalJson(input)}`)
    .digest("hex");
}

type Claim = { claimed: true } | { claimed: false; result: unknown };

async function claim(key: string, action: string, actorId: number): Promise<Claim | null> {
  const prisma = getPrisma();
  // Expired keys go first (the index on expiresAt keeps this cheap), so the window really ends.
  await prisma.$executeRaw`DELETE FROM "IdempotencyKey" WHERE "expiresAt" < now()`;
  const inserted = await prisma.$queryRaw<{ key: string }[]>`
    INSERT INTO "IdempotencyKey" ("key", "action", "actorId", "expiresAt")
    VALUES (${key}, ${action}, ${actorId}, now() + ${`${IDEMPOTENCY_WINDOW_MS} milliseconds`}::interval)
    ON CONFLICT ("key") DO NOTHING RETURNING "key"`;
  if (inserted.length === 1) return { claimed: true };
  // A pending claim older than STALE_MS belongs to a submission that died: take it over.
  const takenOver = await prisma.$queryRaw<{ key: string }[]>`
    UPDATE "IdempotencyKey" SET "createdAt" = now(), "expiresAt" = now() + ${`${IDEMPOTENCY_WINDOW_MS} milliseconds`}::interval
    WHERE "key" = ${key} AND "result" IS NULL AND "createdAt" < now() - ${`${STALE_MS} milliseconds`}::interval
    RETURNING "key"`;
  if (takenOver.length === 1) return { claimed: true };
  // SQL NULL means still running; a finished create that returned nothing stores JSON null.
  const [row] = await prisma.$queryRaw<{ pending: boolean; result: unknown }[]>`
    SELECT "result" IS NULL AS pending, "result" FROM "IdempotencyKey" WHERE "key" = ${key}`;
  if (!row || row.pending) return null; // gone (the first failed: claim again) or still running
  return { claimed: false, result: row.result };
}

/**
 * Runs `create` once per key: the first caller runs it; concurrent or later callers with the
 * same key (within the window) wait for it and get `{ replayed: true, result }` of the first.
 */
export async function runOnce<T>(
  key: string,
  action: string,
  actorId: number,
  create: () => Promise<T>,
): Promise<{ replayed: boolean; result: T }> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const outcome = await claim(key, action, actorId);
    if (outcome?.claimed) break;
    if (outcome) return { replayed: true, result: outcome.result as T };
    if (Date.now() > deadline) {
      throw new AppError("CONFLICT", {
        message:
          "This is already being saved. Wait a moment, then check whether it was saved before trying again.",
      });
    }
    await sleep(POLL_MS);
  }
  let result: T;
  try {
    result = await create();
  } catch (error) {
    // Nothing was created: let a retry run again.
    await getPrisma()
      .$executeRaw`DELETE FROM "IdempotencyKey" WHERE "key" = ${key} AND "result" IS NULL`.catch(
      () => undefined,
    );
    throw error;
  }
  await getPrisma()
    .$executeRaw`UPDATE "IdempotencyKey" SET "result" = ${JSON.stringify(result ?? null)}::jsonb WHERE "key" = ${key}`;
  return { replayed: false, result };
}
