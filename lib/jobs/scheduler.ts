import pg from "pg";

// A small leader-elected job scheduler. Every app instance runs one; only the instance holding a
// session-level PostgreSQL advisory lock (on a connection of the scheduler's own) runs jobs, one
// at a time, each on its own interval. When the leader's process or connection dies, PostgreSQL
// releases the lock and another instance takes over at its next tick. Jobs that must never run
// twice at once also take their own lock in the database (audit_seal() does).

export type JobContext = {
  /** The scheduler's own connection, which holds the leader lock. */
  client: pg.Client;
};

export type Job = {
  name: string;
  everyMs: number;
  run: (context: JobContext) => Promise<unknown>;
};

export type Scheduler = {
  isLeader: () => boolean;
  /** Resolves after the current tick; releases the lock by closing the connection. */
  stop: () => Promise<void>;
};

/** Distinct from Prisma Migrate's 72707369 and the audit sealer's 20220921. */
export const JOBS_LOCK_KEY = 20221114;

export function startScheduler({
  connectionString,
  jobs,
  lockKey = JOBS_LOCK_KEY,
  tickMs = 1_000,
  log = (line: string) => console.log(`[jobs] ${line}`),
}: {
  connectionString: string;
  jobs: readonly Job[];
  lockKey?: number;
  tickMs?: number;
  log?: (line: string) => void;
}): Scheduler {
  let client: pg.Client | undefined;
  let leader = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const due = new Map(jobs.map((job) => [job.name, 0]));

  const lose = async (reason?: unknown) => {
    if (leader) log(`no longer the leader${reason ? `: ${firstLine(reason)}` : ""}`);
    leader = false;
    const old = client;
    client = undefined;
    await old?.end().catch(() => {});
  };

  const tick = async () => {
    try {
      if (!client) {
        const fresh = new pg.Client({
          connectionString,
          connectionTimeoutMillis: 5_000,
          statement_timeout: 120_000,
        });
        fresh.on("error", (error) => void lose(error)); // a dropped connection has dropped the lock too
        await fresh.connect();
        client = fresh;
      }
      if (!leader) {
        const { rows } = await client.query<{ ok: boolean }>("select pg_try_advisory_lock($1) as ok", [
          lockKey,
        ]);
        leader = rows[0]?.ok === true;
        if (leader) log(`this instance (pid ${process.pid}) runs the background jobs`);
      }
      if (!leader) return;
      for (const job of jobs) {
        if (stopped || !client) return;
        if (Date.now() < (due.get(job.name) ?? 0)) continue;
        try {
          await job.run({ client });
        } catch (error) {
          log(`${job.name} failed: ${firstLine(error)}`);
        }
        due.set(job.name, Date.now() + job.everyMs);
      }
    } catch (error) {
      await lose(error);
    }
  };

  const loop = () => {
    if (stopped) return;
    running = tick().finally(() => {
      if (!stopped) timer = setTimeout(loop, tickMs);
      timer?.unref?.(); // never keep a process alive on its own
    });
  };
  loop();

  return {
    isLeader: () => leader,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
      await lose();
    },
  };
}

const firstLine = (e: unknown) => (e instanceof Error ? e.message : String(e)).split("\n")[0];
