import "server-only";
import type pg from "pg";
import { getEnv } from "@/lib/env";
import { anchorFileFor, anchorKeyFor, appendCheckpoint } from "@/lib/audit/anchor";
import { pgQuery, sealAuditLog } from "@/lib/audit/server/seal-audit-log";
import { escalateOverdueActions } from "@/lib/action-items/server/escalate-overdue-actions";
import { notifyOverdueActions } from "@/lib/action-items/server/notify-overdue-actions";
import { startScheduler, type Job, type Scheduler } from "@/lib/jobs/scheduler";

// The app's background jobs, run by whichever instance leads (lib/jobs/scheduler.ts). Started once
// per server process from instrumentation.ts.

export const SEAL_EVERY_MS = 2_000;
export const ANCHOR_EVERY_MS = 5 * 60_000;
export const ESCALATE_EVERY_MS = 24 * 60 * 60_000;
// Hourly, so an action is reported overdue within an hour of the UK day it became so.
export const OVERDUE_EVERY_MS = 60 * 60_000;

/** The audit log's checkpoint: the sealed head, signed, to the anchor file and the server log. */
export async function writeAuditCheckpoint(
  client: pg.Client,
  settings: { key: string; file: string; lastSeq?: bigint },
): Promise<bigint | undefined> {
  const { rows } = await client.query<{ seq: string; hash: string }>(
    `select "seq"::text as "seq", "hash" from "AuditEvent" where "seq" is not null order by "seq" desc limit 1`,
  );
  const head = rows[0];
  if (!head || BigInt(head.seq) === settings.lastSeq) return settings.lastSeq;
  const line = appendCheckpoint(settings.file, settings.key, {
    seq: BigInt(head.seq),
    hash: head.hash,
    at: new Date(),
  });
  console.log(`[audit-anchor] ${line}`);
  return BigInt(head.seq);
}

export function backgroundJobs(env = getEnv()): Job[] {
  const anchor = {
    key: anchorKeyFor(env),
    file: anchorFileFor(env),
    lastSeq: undefined as bigint | undefined,
  };
  return [
    { name: "audit-seal", everyMs: SEAL_EVERY_MS, run: ({ client }) => sealAuditLog(pgQuery(client)) },
    {
      name: "audit-anchor",
      everyMs: ANCHOR_EVERY_MS,
      run: async ({ client }) => {
        anchor.lastSeq = await writeAuditCheckpoint(client, anchor);
      },
    },
    {
      // Daily (and once at start-up); idempotent. `npm run actions:escalate` runs it by hand.
      name: "action-escalation",
      everyMs: ESCALATE_EVERY_MS,
      run: async () => {
        const run = await escalateOverdueActions();
        if (run.escalated)
          console.log(
            `[jobs] escalated ${run.escalated} actions; ${run.notified} notifications, ${run.emailed} emailed`,
          );
      },
    },
    {
      // Each action once, the day it goes overdue (issue 12); idempotent.
      name: "action-overdue",
      everyMs: OVERDUE_EVERY_MS,
      run: async () => {
        const run = await notifyOverdueActions();
        if (run.overdue)
          console.log(
            `[jobs] ${run.overdue} actions went overdue; ${run.notified} notifications, ${run.emailed} emailed`,
          );
      },
    },
  ];
}

const globalForJobs = globalThis as unknown as { captivaJobs?: Scheduler };

/** Starts the scheduler once per process; does nothing without a database or with JOBS_ENABLED=false. */
export function startBackgroundJobs(): Scheduler | undefined {
  if (globalForJobs.captivaJobs) return globalForJobs.captivaJobs;
  const env = getEnv();
  if (!env.DATABASE_URL || !env.JOBS_ENABLED || env.NEXT_PHASE === "phase-production-build") return undefined;
  globalForJobs.captivaJobs = startScheduler({
    connectionString: env.DATABASE_URL,
    jobs: backgroundJobs(env),
  });
  return globalForJobs.captivaJobs;
}
