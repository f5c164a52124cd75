import type { ChildProcess } from "node:child_process";

// Keeps the web server running: if the Next.js process dies (a crash, an out-of-memory kill, a
// stray `kill`), it is started again after a back-off, while the database stays up. The back-off
// doubles after each quick death (so a server that cannot start does not spin the CPU) and resets
// once a run has lasted RESET_AFTER_MS. A supervisor above `npm start` (systemd, README) still
// restarts the whole thing if `npm start` itself dies.

export type BackOff = { initialMs: number; maxMs: number; resetAfterMs: number };
export const DEFAULT_BACK_OFF: BackOff = { initialMs: 200, maxMs: 30_000, resetAfterMs: 60_000 };

export type Supervised = {
  /** The running child (or the last one, while waiting to restart). */
  current: () => ChildProcess;
  /** Stops restarting and ends the child (SIGTERM, then SIGKILL after graceMs). */
  stop: (graceMs?: number) => Promise<void>;
};

/** The delay before restart number `failures` (0-based count of quick deaths in a row). */
export function backOffDelay(failures: number, backOff: BackOff = DEFAULT_BACK_OFF): number {
  return Math.min(backOff.maxMs, backOff.initialMs * 2 ** Math.min(failures, 20));
}

export function supervise(options: {
  start: () => ChildProcess;
  log: (line: string) => void;
  backOff?: BackOff;
  /** Called with each restarted child (not the first). */
  onRestart?: (child: ChildProcess) => void;
}): Supervised {
  const backOff = options.backOff ?? DEFAULT_BACK_OFF;
  let stopping = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;

  const run = (): ChildProcess => {
    const child = options.start();
    const startedAt = Date.now();
    child.once("exit", (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt >= backOff.resetAfterMs) failures = 0;
      const delay = backOffDelay(failures++, backOff);
      options.log(
        `The web server stopped unexpectedly (${signal ?? `exit ${code}`}); starting it again in ${(delay / 1000).toFixed(1)} s. The database stays up.`,
      );
      timer = setTimeout(() => {
        if (stopping) return;
        child_ = run();
        options.log(`The web server was started again (pid ${child_.pid}).`);
        options.onRestart?.(child_);
      }, delay);
    });
    return child;
  };
  let child_ = run();

  return {
    current: () => child_,
    stop: async (graceMs = 5_000) => {
      stopping = true;
      if (timer) clearTimeout(timer);
      const child = child_;
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      const forced = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(forced);
    },
  };
}
