import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "../../lib/testing/free-port";

// Issue 16: when the Next.js process died, `npm start` stopped the database and exited. Now it
// starts the web server again (with a back-off) and keeps the database up. Runs the real
// scripts/start.ts against the production build and an ephemeral database of its own, on free
// ports (beside the suite's shared server, which it never touches).

let folder: string | undefined;
let start: ChildProcess | undefined;
test.afterAll(async () => {
  if (start && start.exitCode === null) {
    const exited = new Promise((r) => start!.once("exit", r));
    start.kill("SIGTERM");
    await exited;
  }
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function ready(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health/ready`)).ok;
  } catch {
    return false;
  }
}

test.describe("npm start keeps serving", () => {
  test("starts the web server again after it is killed, with the database kept up", async () => {
    test.setTimeout(300_000); // its own database, demo data and server
    expect(
      existsSync(join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID")),
      "the e2e run builds first",
    ).toBe(true);
    const [port, dbPort] = [await freePort(), await freePort()];
    folder = mkdtempSync(join(tmpdir(), "captiva-restart-"));
    const urlFile = join(folder, "db-url");
    start = spawn(
      process.execPath,
      [
        "node_modules/tsx/dist/cli.mjs",
        "--conditions=react-server",
        "scripts/start.ts",
        "--ephemeral",
        "--no-build",
        "--port",
        String(port),
        "--db-port",
        String(dbPort),
        "--db-url-file",
        urlFile,
      ],
      {
        env: { ...process.env, DATABASE_URL: "", NODE_ENV: "production" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let output = "";
    start.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    start.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const serverPid = async () => {
      for (;;) {
        const match = /The web server is running \(pid (\d+)\)/.exec(output);
        if (match) return Number(match[1]);
        if (start!.exitCode !== null) throw new Error(`npm start exited: ${output}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    };
    const pid = await serverPid();
    expect(await ready(port)).toBe(true);
    const db = new pg.Client({ connectionString: readFileSync(urlFile, "utf8").trim() });
    await db.connect();
    const backendBefore = (await db.query<{ pid: number }>("select pg_backend_pid() as pid")).rows[0]!.pid;

    process.kill(pid, "SIGKILL");
    const killedAt = Date.now();
    while (await ready(port)) await new Promise((r) => setTimeout(r, 50)); // until it is really gone
    while (!(await ready(port))) {
      if (start.exitCode !== null) throw new Error(`npm start exited after the kill: ${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (Date.now() - killedAt) / 1000;
    // Measured 8 s alone and 15 s with two suites and other builds sharing two cores; the bound
    // only tells a slow restart from a hang (timings belong in reports, not assertions).
    console.log(`serving again ${seconds.toFixed(1)} s after the web server was killed`);
    expect(seconds).toBeLessThan(60);
    // The same database session survived: the database was never stopped.
    expect((await db.query<{ pid: number }>("select pg_backend_pid() as pid")).rows[0]!.pid).toBe(
      backendBefore,
    );
    expect(output).toMatch(/starting it again in/);
    const page = await fetch(`http://127.0.0.1:${port}/sign-in`);
    expect(page.status).toBe(200);
    await db.end();
  });
});
