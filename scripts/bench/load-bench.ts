// The load case of `npm run bench -- --only load [--scale demo] [--duration 60] [--connections 50]`
// (issue 15): the production server on the bench's throwaway database, signed in as several
// roles, driven by autocannon with 50 connections over a mixed journey for a fixed time, then the
// same against /api/health/live (the bare stack) in the same run. Target: 0 errors and 0 non-2xx,
// mixed p95 within 5x the bare p95. Numbers for the closing note, never for a test.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import { childEnv, getEnv } from "../../lib/env";
import { demoAccount, type DemoAccountKey } from "../../lib/reference/demo-accounts";
import { encodeSessionToken, sessionCookieName } from "../../lib/auth/session-cookie";
import { startUserSession } from "../../lib/auth/server/user-sessions";
import { freePort } from "../../lib/testing/free-port";
import { needsBuild } from "../lib/build";
import { runNextBuild, spawnNext, waitUntilReady } from "../lib/next-server";
import { measureJs } from "./js-size";
import { cpuSecondsOfTree } from "./process-cpu";
import type { Db } from "../../lib/db/server/prisma";

export type Journey = { role: DemoAccountKey; paths: string[] };
type Run = {
  label: string;
  requests: number;
  seconds: number;
  latencies: number[];
  statuses: Map<number, number>;
  errors: number;
  timeouts: number;
  /** CPU seconds the app's process and the database's server spent during the run. */
  cpu: { app: number; database: number };
};

export type ServedApp = {
  origin: string;
  app: ChildProcess;
  journeys: Journey[];
  cookies: Map<DemoAccountKey, string>;
  /** The app's and the database server's process ids, for their CPU time. */
  pids: { app: number; database: number };
};

/**
 * The production server on the bench's database (built first when the sources changed), signed
 * in as each journey's role, every page requested once unmeasured; stopped after `work`.
 */
export async function withServedApp(
  options: {
    log: (line: string) => void;
    databaseUrl: string;
    prisma: Db;
    env?: Record<string, string>;
    preload?: string[];
  },
  work: (served: ServedApp) => Promise<void>,
): Promise<void> {
  const env = getEnv();
  const base = { NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" };
  if (needsBuild(process.cwd(), env.NEXT_DIST_DIR)) {
    options.log("building the app for production (sources changed since the last build) …");
    await runNextBuild(childEnv(base));
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const secret = randomBytes(32).toString("base64url");
  const app = spawnNext(
    "start",
    "127.0.0.1",
    port,
    childEnv({
      ...base,
      ...options.env,
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: secret,
      AUTH_URL: origin,
      NEXTAUTH_URL: origin,
    }),
    options.preload,
  );
  app.stdout?.resume(); // the app's log is not the bench's
  try {
    await waitUntilReady("127.0.0.1", port, app);
    const journeys = await buildJourneys(options.prisma);
    const cookies = new Map<DemoAccountKey, string>();
    for (const j of journeys) cookies.set(j.role, await signIn(origin, options.prisma, secret, j.role));
    // One unmeasured pass over every page: the first request of each route compiles nothing in
    // production but fills Next's and PostgreSQL's caches, as on a server that has been up a while.
    for (const j of journeys)
      for (const path of j.paths) await fetch(origin + path, { headers: { cookie: cookies.get(j.role)! } });
    const pids = { app: app.pid!, database: await postmasterPid(options.prisma) };
    await work({ origin, app, journeys, cookies, pids });
  } finally {
    await stop(app);
  }
}

export async function benchLoad(options: {
  log: (line: string) => void;
  databaseUrl: string;
  prisma: Db;
  durationSeconds: number;
  connections: number;
}): Promise<void> {
  const { log } = options;
  await withServedApp(options, async ({ origin, journeys, cookies, pids }) => {
    log("JavaScript each route loads (gzipped, from the build folder):");
    console.table(
      await measureJs({
        origin,
        distDir: getEnv().NEXT_DIST_DIR,
        routes: [
          { path: "/sign-in", cookie: "" },
          ...["/", "/offences", "/figures", "/actions"].map((path) => ({
            path,
            cookie: cookies.get("chair")!,
          })),
          { path: journeys[0]!.paths[3]!, cookie: cookies.get("chair")! },
        ],
      }),
    );
    log(
      `load: ${options.connections} connections for ${options.durationSeconds} s over ${journeys.map((j) => j.role).join(", ")} journeys …`,
    );
    const mixed = await drive(
      origin,
      "mixed journey (signed in)",
      { ...options, pids },
      (connection, step) => {
        const journey = journeys[connection % journeys.length]!;
        return { path: journey.paths[step % journey.paths.length]!, cookie: cookies.get(journey.role)! };
      },
    );
    // Requests the server accepted before autocannon stopped are still being answered: let them
    // drain, or the bare run would time their tail rather than the stack.
    await new Promise((r) => setTimeout(r, 15_000));
    log("load: the same against /api/health/live …");
    const bare = await drive(origin, "/api/health/live (bare stack)", { ...options, pids }, () => ({
      path: "/api/health/live",
      cookie: "",
    }));
    console.table([summary(mixed), summary(bare)]);
    const ratio = percentile(mixed.latencies, 95) / Math.max(1, percentile(bare.latencies, 95));
    log(
      `mixed p95 is ${ratio.toFixed(1)}x the bare stack's (target ≤ 5x); statuses: ${[...mixed.statuses].map(([s, n]) => `${s}×${n}`).join(", ")}`,
    );
  });
}

/** Pages each role opens, in turn: the issue's mix of list, record, figures, actions and homes. */
async function buildJourneys(prisma: Db): Promise<Journey[]> {
  const investigator = await prisma.user.findFirstOrThrow({
    where: { email: demoAccount("investigator").email },
  });
  const own = await prisma.investigation.findFirst({
    where: { oicId: investigator.id },
    select: { offenceId: true },
    orderBy: { offenceId: "desc" },
  });
  const recent = await prisma.offence.findMany({ select: { id: true }, orderBy: { id: "desc" }, take: 20 });
  const offence = (i: number) => `/offences/${recent[i % recent.length]!.id}`;
  return [
    {
      role: "chair",
      paths: ["/", "/offences", "/figures", offence(0), "/actions", "/offences?knife=yes&sort=review&page=5"],
    },
    {
      role: "analyst",
      paths: [
        "/",
        "/offences?knife=yes",
        offence(3),
        "/figures",
        "/offences?sort=status&page=20",
        offence(7),
      ],
    },
    {
      role: "investigator",
      paths: [
        "/",
        "/offences?mine=yes",
        own ? `/offences/${own.offenceId}` : offence(5),
        "/offences",
        "/actions",
      ],
    },
    { role: "partner", paths: ["/", "/referrals"] },
  ];
}

/**
 * Signs in as the sign-in form does after checking the password (startUserSession: a UserSession row
 * and the session cookie naming it, sealed with the server's AUTH_SECRET); returns the Cookie
 * header. The form posts to a server action, which a script cannot call without the build's action
 * ids; the password check itself is not what this bench measures.
 */
async function signIn(origin: string, prisma: Db, secret: string, key: DemoAccountKey): Promise<string> {
  const env = getEnv();
  const user = await prisma.user.findFirstOrThrow({ where: { email: demoAccount(key).email } });
  const claims = await startUserSession(user, { db: prisma });
  const token = await encodeSessionToken(claims, {
    secret,
    secure: false, // the bench serves http://127.0.0.1
    cookieName: sessionCookieName(false),
    idleMinutes: env.SESSION_IDLE_MINUTES,
    maxHours: env.SESSION_MAX_HOURS,
    maxAgeSeconds: env.SESSION_MAX_HOURS * 3600,
  });
  const cookie = `${sessionCookieName(false)}=${token}`;
  const check = await fetch(`${origin}/`, { headers: { cookie }, redirect: "manual" });
  if (check.status !== 200) throw new Error(`signing in as ${key} failed (home answered ${check.status})`);
  return cookie;
}

type Pick = (connection: number, step: number) => { path: string; cookie: string };

async function drive(
  origin: string,
  label: string,
  options: { durationSeconds: number; connections: number; pids: { app: number; database: number } },
  pick: Pick,
): Promise<Run> {
  const run: Run = {
    label,
    requests: 0,
    seconds: options.durationSeconds,
    latencies: [],
    statuses: new Map(),
    errors: 0,
    timeouts: 0,
    cpu: { app: 0, database: 0 },
  };
  const cpuBefore = {
    app: cpuSecondsOfTree(options.pids.app),
    database: cpuSecondsOfTree(options.pids.database),
  };
  let nextConnection = 0;
  let finished!: (result: autocannon.Result) => void;
  let failed!: (error: unknown) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finished = resolve), (failed = reject)));
  const instance = autocannon(
    {
      url: origin,
      connections: options.connections,
      duration: options.durationSeconds,
      timeout: 30,
      requests: [
        {
          // autocannon keeps one context per connection: each connection is one user on one journey.
          setupRequest: (request, context: { connection?: number; step?: number }) => {
            context.connection ??= nextConnection++;
            const step = (context.step = (context.step ?? -1) + 1);
            const { path, cookie } = pick(context.connection, step);
            return {
              ...request,
              method: "GET",
              path,
              headers: { ...request.headers, ...(cookie ? { cookie } : {}) },
            };
          },
        },
      ],
    },
    (error, result) => (error ? failed(error) : finished(result)),
  );
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    run.requests++;
    run.latencies.push(responseTime);
    run.statuses.set(statusCode, (run.statuses.get(statusCode) ?? 0) + 1);
  });
  const result = await done;
  run.cpu = {
    app: cpuSecondsOfTree(options.pids.app) - cpuBefore.app,
    database: cpuSecondsOfTree(options.pids.database) - cpuBefore.database,
  };
  run.errors = result.errors;
  run.timeouts = result.timeouts;
  return run;
}

function summary(run: Run) {
  const non2xx = [...run.statuses].filter(([s]) => s < 200 || s >= 300).reduce((n, [, c]) => n + c, 0);
  const ms = (p: number) => `${percentile(run.latencies, p).toFixed(0)} ms`;
  return {
    run: run.label,
    "req/s": (run.requests / run.seconds).toFixed(1),
    requests: run.requests,
    p50: ms(50),
    p95: ms(95),
    p99: ms(99),
    non2xx,
    "5xx": [...run.statuses].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0),
    errors: run.errors,
    timeouts: run.timeouts,
    // Steadier than latency on a shared machine: what each answer cost the app and the database.
    "app CPU ms/req": ((run.cpu.app * 1000) / Math.max(1, run.requests)).toFixed(2),
    "db CPU ms/req": ((run.cpu.database * 1000) / Math.max(1, run.requests)).toFixed(2),
  };
}

/** The database server's main process (its backends are its children), from its data directory. */
async function postmasterPid(prisma: Db): Promise<number> {
  const [row] = await prisma.$queryRaw<[{ dir: string }]>`SELECT current_setting('data_directory') AS dir`;
  return Number(readFileSync(`${row.dir}/postmaster.pid`, "utf8").split("\n")[0]);
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function stop(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null) return;
  const exited = new Promise((r) => app.once("exit", r));
  app.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
}
