import "server-only";
import { anonymousActor } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { getEnv } from "@/lib/env";

export type RefusalReason = "middleware-subrequest-header" | "cross-origin-action";

type Refusal = {
  reason: RefusalReason;
  method: string;
  path: string;
  origin: string | null;
  address: string;
};
type Tally = { first: Refusal; count: number; firstAt: Date; lastAt: Date; addresses?: Set<string> };

// Audits the requests proxy.ts refuses before any page or action runs (issue 3 "Bad input"), from
// the server itself: there is no URL anyone can call to write one (issue 14). Refusals cost an
// attacker nothing, so they are coalesced: one row per client address and reason per window
// (AUDIT_REFUSAL_WINDOW_SECONDS, default a minute) carrying the count, written when the window
// closes. At most MAX_KEYS addresses are tracked per window; refusals from any further address
// are counted together in one row per reason, so a flood from many addresses cannot flood the log.
// Per process: each app instance writes its own rows. A crash loses at most the open window.

const MAX_KEYS = 1_000;
const OVERFLOW = "(further addresses)";

const store = globalThis as unknown as { captivaRefusals?: Map<string, Tally> };
const tallies = (store.captivaRefusals ??= new Map<string, Tally>());

/** Counts one refused request; the row is written when its window closes. Never throws. */
export function recordRefusedRequest(refusal: Refusal): void {
  const exact = `${refusal.reason}|${refusal.address}`;
  const key = tallies.has(exact) || tallies.size < MAX_KEYS ? exact : `${refusal.reason}|${OVERFLOW}`;
  const now = new Date();
  const tally = tallies.get(key);
  if (tally) {
    tally.count++;
    tally.lastAt = now;
    tally.addresses?.add(refusal.address);
    return;
  }
  const overflow = key.endsWith(OVERFLOW);
  tallies.set(key, {
    first: { ...refusal, address: overflow ? OVERFLOW : refusal.address },
    count: 1,
    firstAt: now,
    lastAt: now,
    addresses: overflow ? new Set([refusal.address]) : undefined,
  });
  setTimeout(() => void flush(key), windowSeconds() * 1_000).unref();
}

/** Writes the window's row (tests call it directly to close a window early). */
export async function flush(key?: string): Promise<void> {
  const keys = key ? [key] : [...tallies.keys()];
  for (const k of keys) {
    const tally = tallies.get(k);
    if (!tally) continue;
    tallies.delete(k);
    const { first } = tally;
    await writeAudit(getPrisma(), {
      event: "request.refused",
      actor: anonymousActor(first.address, "unchecked request"),
      detail: {
        reason: first.reason,
        method: first.method,
        path: first.path.slice(0, 200),
        origin: first.origin?.slice(0, 200) ?? null,
        count: tally.count,
        firstAt: tally.firstAt.toISOString(),
        lastAt: tally.lastAt.toISOString(),
        ...(tally.addresses ? { addresses: tally.addresses.size } : {}),
      },
    }).catch((error: unknown) => console.error("could not audit refused requests:", error));
  }
}

function windowSeconds(): number {
  try {
    return getEnv().AUDIT_REFUSAL_WINDOW_SECONDS;
  } catch {
    return 60;
  }
}
