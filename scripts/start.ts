// `npm start`: build if needed, start the database (embedded unless DATABASE_URL is set), apply
// migrations, load demo data on the first run, serve the app (restarting the web server if it
// dies, with a back-off, while the database stays up), and stop it all on Ctrl-C.
//   --dev          next dev instead of a production build
//   --ephemeral    throwaway database, always seeded (used by the e2e tests)
//   --port N       app port (default PORT or 3000); --db-port N embedded database port
//   --no-build     never build (the e2e run builds first)
//   --db-url-file F   write the database URL to F (the e2e tests check pages against the data)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import type { ChildProcess } from "node:child_process";
import { childEnv, getEnv, type Env } from "../lib/env";
import { describeFailure } from "../lib/db/migrate/describe-failure";
import { deployMigrations } from "../lib/db/migrate/deploy-migrations";
import { isDatabaseSeeded, seedDatabase } from "../prisma/seed/seed-database";
import { openDatabase, type OpenDatabase } from "./lib/database";
import { needsBuild } from "./lib/build";
import { showDemoAccountsFor } from "./lib/demo-settings";
import { assertPortFree, runNextBuild, spawnNext, waitUntilReady } from "./lib/next-server";
import { printWelcome } from "./lib/welcome";
import { runtimeDatabaseUrl, type RuntimeUrl } from "./lib/runtime-url";
import { anchorFileFor, anchorKeyFor } from "../lib/audit/anchor";
import { localSecret } from "../lib/local-secret";
import { tmpdir } from "node:os";
import { supervise, type Supervised } from "./lib/supervise";

const { values: args } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    ephemeral: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    port: { type: "string" },
    "db-port": { type: "string" },
    "db-url-file": { type: "string" },
  },
});

const log = (line: string) => console.log(`[captiva] ${line}`);
let database: OpenDatabase | undefined;
let runtime: RuntimeUrl | undefined;
let app: Supervised | undefined;
/** The web server while it starts, before the supervisor takes it over. */
let starting: ChildProcess | undefined;
let stopping = false;

async function main(): Promise<void> {
  const started = Date.now();
  const env = getEnv();
  const port = args.port ? Number(args.port) : env.PORT;
  await assertPortFree(port);

  const baseEnv = { NEXT_TELEMETRY_DISABLED: "1" };
  if (!args.dev && !args["no-build"] && needsBuild(process.cwd(), env.NEXT_DIST_DIR)) {
    log("Building the app (first run or changed sources) …");
    await runNextBuild(childEnv({ ...baseEnv, NODE_ENV: "production" }));
  }

  database = await openDatabase(env, {
    ephemeral: args.ephemeral,
    port: args["db-port"] ? Number(args["db-port"]) : undefined,
    log,
  });
  log(database.embedded ? "Embedded PostgreSQL is running." : "Using the PostgreSQL server in DATABASE_URL.");
  await deployMigrations(database.url);
  if (args["db-url-file"]) writeFileSync(args["db-url-file"], database.url + "\n", { mode: 0o600 });

  const mayAutoSeed = database.embedded || args.ephemeral;
  if (mayAutoSeed && !(await isDatabaseSeeded(database.url))) {
    log("Loading demo data (first run only) …");
    await seedDatabase({ url: database.url, scale: "demo", seed: 1, force: false, log });
  }

  // The app connects as the runtime role, which cannot rewrite the audit log (issue 14).
  runtime = await runtimeDatabaseUrl(env, database, { ephemeral: args.ephemeral, log });
  const appEnv = childEnv({
    ...baseEnv,
    DATABASE_URL: runtime.url,
    ...auditAnchor(env, args.ephemeral, port),
    AUTH_SECRET: authSecret(env, args.ephemeral),
    AUTH_URL: env.AUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_URL: env.AUTH_URL ?? `http://localhost:${port}`,
    SHOW_DEMO_ACCOUNTS: showDemoAccountsFor({ setting: env.SHOW_DEMO_ACCOUNTS, embedded: database.embedded }),
  });
  const startApp = (): ChildProcess => {
    const child = spawnNext(args.dev ? "dev" : "start", env.HOST, port, appEnv);
    child.stdout?.on("data", (chunk: Buffer) => {
      if (env.VERBOSE || args.dev) process.stdout.write(chunk);
    });
    return child;
  };
  // The first start must succeed (a broken build is reported, not retried for ever); after that
  // a dead web server is restarted with a back-off and the database is kept running.
  const first = startApp();
  starting = first;
  await waitUntilReady(env.HOST, port, first);
  let handedOver = false;
  app = supervise({ start: () => (handedOver ? startApp() : ((handedOver = true), first)), log });
  log(`The web server is running (pid ${first.pid}).`);
  printWelcome({
    port,
    seconds: (Date.now() - started) / 1000,
    embedded: database.embedded,
    ephemeral: args.ephemeral,
  });
}

/** A stable secret for the local demo (kept beside the data) when AUTH_SECRET is not set. */
function authSecret(env: Env, ephemeral: boolean): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (ephemeral) return randomBytes(32).toString("base64url");
  return localSecret(env.DATA_DIR, "auth-secret");
}

/** The checkpoint key and file (lib/audit/anchor.ts); a throwaway run gets its own of both. */
function auditAnchor(env: Env, ephemeral: boolean, port: number): Record<string, string> {
  if (!ephemeral) return { AUDIT_ANCHOR_KEY: anchorKeyFor(env), AUDIT_ANCHOR_FILE: anchorFileFor(env) };
  return {
    AUDIT_ANCHOR_KEY: env.AUDIT_ANCHOR_KEY ?? randomBytes(32).toString("base64url"),
    AUDIT_ANCHOR_FILE: join(tmpdir(), `captiva-anchors-${port}-${process.pid}.jsonl`),
  };
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await app?.stop(5_000).catch(() => {});
    if (!app && starting && starting.exitCode === null) starting.kill("SIGTERM");
    await runtime?.cleanup();
    await database?.stop().catch(() => {});
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    log("Stopping …");
    void shutdown(0);
  });
}

main().catch(async (error: unknown) => {
  console.error(`[captiva] ${describeFailure(error)}`);
  if (safeEnv().VERBOSE) console.error(error);
  await shutdown(1);
});

function safeEnv(): Env | { VERBOSE: false } {
  try {
    return getEnv();
  } catch {
    return { VERBOSE: false };
  }
}
