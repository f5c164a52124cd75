import { describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { backOffDelay, supervise } from "./supervise";

// The web server's supervisor (issue 16): a dead child is started again after a back-off.

describe("supervise", () => {
  it("doubles the back-off after quick deaths, up to the cap", () => {
    const b = { initialMs: 500, maxMs: 30_000, resetAfterMs: 60_000 };
    expect([0, 1, 2, 3, 10].map((n) => backOffDelay(n, b))).toEqual([500, 1_000, 2_000, 4_000, 30_000]);
  });

  it("starts a killed child again, and stops for good on stop()", async () => {
    const started: ChildProcess[] = [];
    let onRestart: (child: ChildProcess) => void = () => {};
    const restarted = new Promise<ChildProcess>((resolve) => (onRestart = resolve));
    const supervised = supervise({
      start: () => {
        const child = spawn("sleep", ["30"], { stdio: "ignore" });
        started.push(child);
        return child;
      },
      log: () => {},
      backOff: { initialMs: 10, maxMs: 100, resetAfterMs: 60_000 },
      onRestart: (child) => onRestart(child),
    });
    started[0]!.kill("SIGKILL");
    const second = await restarted;
    expect(second.pid).not.toBe(started[0]!.pid);
    expect(supervised.current()).toBe(second);
    await supervised.stop(1_000);
    expect(second.signalCode).toBe("SIGTERM");
    expect(started).toHaveLength(2);
  });
});
