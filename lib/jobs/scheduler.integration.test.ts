import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import pg from "pg";
import { startScheduler, type Job } from "@/lib/jobs/scheduler";
import { backgroundJobs } from "@/lib/jobs/background-jobs";
import { getEnv } from "@/lib/env";
import { readAnchorFile } from "@/lib/audit/anchor";

const database = withTestDatabase();

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("condition never held");
}

describe("the job scheduler", () => {
  it("runs jobs in one instance at a time, and another takes over when the leader stops", async () => {
    const lockKey = 900_000 + Math.floor(Math.random() * 1_000);
    const runs: string[] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    const job = (instance: string): Job => ({
      name: "count",
      everyMs: 50,
      run: async () => {
        concurrent++;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        runs.push(instance);
        await new Promise((r) => setTimeout(r, 20));
        concurrent--;
      },
    });
    // Two app instances competing for the same lock, each running the job under its own name.
    const instance = (name: string) =>
      startScheduler({
        connectionString: database.runtimeUrl!,
        jobs: [job(name)],
        lockKey,
        tickMs: 50,
        log: () => {},
      });
    const a = instance("a");
    await until(() => a.isLeader());
    const b = instance("b");
    try {
      await until(() => runs.filter((r) => r === "a").length >= 5);
      expect(b.isLeader()).toBe(false);
      expect(runs).not.toContain("b");

      await a.stop();
      await until(() => b.isLeader() && runs.includes("b"));
      const afterStop = runs.lastIndexOf("a");
      expect(runs.slice(afterStop + 1).every((r) => r === "b")).toBe(true);
      expect(maxConcurrent).toBe(1);
    } finally {
      await a.stop();
      await b.stop();
    }
  });

  it("seals the audit log and writes a signed checkpoint as the runtime role", async () => {
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    const file = `/tmp/captiva-jobs-test-${process.pid}-${Date.now()}.jsonl`;
    const jobs = backgroundJobs({
      ...getEnv(),
      AUDIT_ANCHOR_KEY: "j".repeat(40),
      AUDIT_ANCHOR_FILE: file,
    }).filter((job) => !job.name.startsWith("action-"));
    await owner.query(`insert into "AuditEvent" (category, event) values ('CONSULTATION', 'person.viewed')`);
    // The first tick seals, then checkpoints the sealed head.
    const scheduler = startScheduler({
      connectionString: database.runtimeUrl!,
      jobs,
      lockKey: 910_000,
      tickMs: 100,
      log: () => {},
    });
    try {
      await until(
        async () =>
          (await owner.query(`select count(*)::int as n from "AuditEvent" where seq is null`)).rows[0].n ===
          0,
      );
      await until(() => readAnchorFile(file, "j".repeat(40)).checkpoints.length > 0);
      const { rows } = await owner.query(
        `select seq::text, hash from "AuditEvent" order by seq desc limit 1`,
      );
      expect(readAnchorFile(file, "j".repeat(40)).checkpoints.at(-1)).toMatchObject({
        seq: BigInt(rows[0].seq),
        hash: rows[0].hash,
      });
    } finally {
      await scheduler.stop();
      await owner.end();
    }
  });
});
