import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

const nextBin = "node_modules/next/dist/bin/next";

export function runNextBuild(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code})`)),
    );
  });
}

/**
 * Serves the app through scripts/serve.ts (Next's request handler behind a server that knows the
 * socket's address), not `next start`: see lib/auth/client-address.ts.
 */
export function spawnNext(
  mode: "start" | "dev",
  host: string,
  port: number,
  env: NodeJS.ProcessEnv,
  /** Modules loaded into the server's process first (the bench's statement counter). */
  preload: string[] = [],
): ChildProcess {
  const args = [
    "scripts/serve.ts",
    "--port",
    String(port),
    "--hostname",
    host,
    ...(mode === "dev" ? ["--dev"] : []),
  ];
  // tsx as a loader in this very process (not tsx's CLI, which runs the server in a child of its
  // own): the pid start.ts supervises is then the server itself, so a killed server is noticed
  // and restarted, and stopping it never leaves an orphan holding the port.
  const imports = ["tsx", ...preload].flatMap((module) => ["--import", module]);
  return spawn(process.execPath, [...imports, ...args], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...env, NODE_ENV: mode === "dev" ? "development" : "production" },
  });
}

export async function assertPortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((done) => {
    const probe = createServer();
    probe.once("error", () => done(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => done(true)));
  });
  if (!free)
    throw new Error(
      `Port ${port} is already in use (another copy of the app?). Stop it, or set PORT to a free port.`,
    );
}

/** Resolves once /api/health/ready answers 200, or rejects after the timeout. */
export async function waitUntilReady(
  host: string,
  port: number,
  child: ChildProcess,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited during start-up (exit ${child.exitCode})`);
    try {
      const response = await fetch(
        `http://${host === "0.0.0.0" ? "127.0.0.1" : host}:${port}/api/health/ready`,
      );
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the app did not become ready within ${timeoutMs / 1000} s`);
}
