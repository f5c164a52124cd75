// Several app instances on one database behind a round-robin proxy (issue 15; README
// "Deployment"). The e2e run `npm run test:instances` starts it; it also shows the deployment
// shape locally. Always a throwaway database and an existing build (like `start.ts --ephemeral
// --no-build`):
//   --port N          the proxy's port; instance k listens on N + k
//   --db-port N       the embedded database's port (the first instance starts it)
//   --db-url-file F   the database (owner) URL, as start.ts writes it
//   --instances N     how many instances behind the proxy (default 2)
//   --spare           one more instance outside the rotation, on the port after the last, with a
//                     pool of one connection and a short wait: the busy tests' instance
// The first instance opens the database, migrates and seeds it. The others attach to it as plain
// `start.ts` runs on DATABASE_URL (which never seeds), each with a runtime login of its own. All of
// them share the settings that must agree (AUTH_SECRET, AUDIT_ANCHOR_KEY, AUTH_URL = the proxy's
// address) and the build folder (so the build id and the server-action key agree).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { childEnv, getEnv } from "../lib/env";
import { dropRuntimeLogin, provisionRuntimeLogin } from "../lib/db/runtime-role";
import { assertPortFree, waitUntilReady } from "./lib/next-server";
import { startRoundRobinProxy, type RoundRobinProxy } from "./lib/round-robin-proxy";

const { values: args } = parseArgs({
  options: {
    port: { type: "string" },
    "db-port": { type: "string" },
    "db-url-file": { type: "string" },
    instances: { type: "string", default: "2" },
    spare: { type: "boolean", default: false },
  },
});

const log = (line: string) => console.log(`[instances] ${line}`);
const env = getEnv();
const proxyPort = Number(args.port ?? env.PORT);
const count = Number(args.instances);
const urlFile = args["db-url-file"] ?? join(mkdtempSync(join(tmpdir(), "captiva-instances-")), "db-url");
const host = "127.0.0.1";

type Instance = { id: string; port: number; child: ChildProcess; login?: string };
const instances: Instance[] = [];
let proxy: RoundRobinProxy | undefined;
let ownerUrl: string | undefined;
let stopping = false;

/** The settings every instance must agree on (README "Deployment"). */
const shared = {
  AUTH_SECRET: env.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
  AUDIT_ANCHOR_KEY: env.AUDIT_ANCHOR_KEY ?? randomBytes(32).toString("base64url"),
  AUTH_URL: env.AUTH_URL ?? `http://localhost:${proxyPort}`,
  TRUSTED_PROXIES: "127.0.0.1,::1",
  SHOW_DEMO_ACCOUNTS: "true",
};

function startInstance(id: string, port: number, extraArgs: string[], extraEnv: Record<string, string>) {
  const child = spawn(
    process.execPath,
    // tsx as a loader in this process, so the pid is start.ts itself and a stop reaches it.
    [
      "--conditions=react-server",
      "--import",
      "tsx",
      "scripts/start.ts",
      "--no-build",
      "--port",
      String(port),
      ...extraArgs,
    ],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: childEnv({ ...shared, INSTANCE_ID: id, ...extraEnv }),
    },
  );
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter(Boolean)
      .map((line) => `[${id}] ${line}\n`)
      .join("");
  child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on("exit", (code) => {
    if (!stopping) {
      log(`instance ${id} exited (${code}); stopping`);
      void shutdown(1);
    }
  });
  const instance: Instance = { id, port, child };
  instances.push(instance);
  return instance;
}

/** A second or later instance: attaches to the first one's database with a login of its own. */
async function attachInstance(id: string, port: number, extraEnv: Record<string, string> = {}) {
  const login = `captiva_app_${id}_${process.pid}`;
  const appUrl = await provisionRuntimeLogin(ownerUrl!, login, randomBytes(18).toString("base64url"));
  const instance = startInstance(id, port, [], {
    DATABASE_URL: ownerUrl!,
    DATABASE_APP_URL: appUrl,
    DATA_DIR: mkdtempSync(join(tmpdir(), `captiva-instance-${id}-`)),
    ...extraEnv,
  });
  instance.login = login;
  await waitUntilReady(host, port, instance.child, 180_000);
  log(`instance ${id} is ready on port ${port}`);
}

async function main(): Promise<void> {
  const ports = Array.from({ length: count + (args.spare ? 1 : 0) }, (_, k) => proxyPort + 1 + k);
  for (const port of [proxyPort, ...ports]) await assertPortFree(port);
  const ids = ports.map((_, k) => String.fromCharCode(97 + k)); // a, b, c …

  const dbArgs = ["--ephemeral", "--db-url-file", urlFile];
  if (args["db-port"]) dbArgs.push("--db-port", args["db-port"]);
  const first = startInstance(ids[0]!, ports[0]!, dbArgs, {});
  await waitUntilReady(host, ports[0]!, first.child, 300_000);
  if (!existsSync(urlFile)) throw new Error("the first instance did not write its database URL");
  ownerUrl = readFileSync(urlFile, "utf8").trim();
  log(`instance ${ids[0]} is ready on port ${ports[0]} (it started and seeded the database)`);

  const attaching = [];
  for (let k = 1; k < count; k++) attaching.push(attachInstance(ids[k]!, ports[k]!));
  if (args.spare) {
    // Outside the rotation; no jobs, so a and b are the ones that contend for the jobs lock.
    attaching.push(
      attachInstance(ids[count]!, ports[count]!, {
        DATABASE_POOL_SIZE: "1",
        DATABASE_POOL_WAIT_MS: "1500",
        JOBS_ENABLED: "false",
      }),
    );
  }
  await Promise.all(attaching);

  proxy = await startRoundRobinProxy({
    upstreams: ports.slice(0, count).map((port) => ({ host, port })),
    port: proxyPort,
  });
  log(`the proxy on http://localhost:${proxyPort} alternates between ${ids.slice(0, count).join(", ")}`);
}

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (proxy) log(`requests per instance: ${proxy.counts().join(", ")}`);
    await proxy?.close();
    // The attached instances first: the first one stops the database.
    const [first, ...rest] = instances;
    await Promise.all(rest.map((instance) => stop(instance.child)));
    if (ownerUrl) {
      for (const instance of rest) {
        if (instance.login) await dropRuntimeLogin(ownerUrl, instance.login).catch(() => {});
      }
    }
    if (first) await stop(first.child);
  }
  process.exit(code);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => void shutdown(0));
}

main().catch(async (error: unknown) => {
  console.error(`[instances] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
