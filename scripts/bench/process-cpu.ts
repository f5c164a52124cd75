import { readdirSync, readFileSync } from "node:fs";

// CPU time of a process and everything under it, from /proc (Linux): the load bench's "CPU ms a
// request" columns. On a machine shared with other work, wall-clock latency moves with the
// neighbours; the CPU the app and the database spent on each request does not, so a change's
// effect is seen in it run to run.

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

type Stat = { pid: number; ppid: number; ticks: number };

function readStat(pid: string): Stat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: the fields start after its last ")".
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    // fields[1] is ppid; utime, stime, cutime, cstime are stat fields 14-17 (here 11-14).
    const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
    return { pid: Number(pid), ppid: Number(fields[1]), ticks };
  } catch {
    return undefined; // ended while being read
  }
}

/** CPU seconds used so far by `rootPid` and its descendants (children that ended included). */
export function cpuSecondsOfTree(rootPid: number): number {
  const stats = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(readStat)
    .filter((s): s is Stat => s !== undefined);
  const children = new Map<number, Stat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let ticks = 0;
  const stack = stats.filter((s) => s.pid === rootPid);
  while (stack.length > 0) {
    const s = stack.pop()!;
    ticks += s.ticks;
    stack.push(...(children.get(s.pid) ?? []));
  }
  return ticks / TICKS_PER_SECOND;
}
