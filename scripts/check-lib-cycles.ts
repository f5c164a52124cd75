// `npx tsx scripts/check-lib-cycles.ts`: the pairs of lib folders that import each other (lib/a
// imports lib/b and lib/b imports lib/a), with one importing file each way. A shared piece used by
// both belongs in its own home (lib/dates, lib/ids, lib/labels …), not in either folder.
// Exit code 1 when there is a cycle, so a check can run it; tests and test fixtures are left out
// (a test may import whatever it checks).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const LIB = join(ROOT, "lib");
const SKIP = /\.(test|integration\.test|spec)\.tsx?$/;
const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^"']*?from\s*["']@\/lib\/([^/"']+)[^"']*["']|import\(\s*["']@\/lib\/([^/"']+)/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated" || name === "testing") return [];
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) && !SKIP.test(name) ? [path] : [];
  });
}

/** folder → folder → the first file seen importing it. */
export function libFolderEdges(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of filesUnder(LIB)) {
    const from = relative(LIB, file).split("/")[0]!;
    if (!from.includes("/") && /\.tsx?$/.test(from)) continue; // lib/env.ts and the like are leaves
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(IMPORT)) {
      const to = (match[1] ?? match[2])!.replace(/\.tsx?$/, "");
      if (to === from) continue;
      const targets = edges.get(from) ?? new Map<string, string>();
      if (!targets.has(to)) targets.set(to, relative(ROOT, file));
      edges.set(from, targets);
    }
  }
  return edges;
}

export function libFolderCycles(): { a: string; b: string; aToB: string; bToA: string }[] {
  const edges = libFolderEdges();
  const cycles: { a: string; b: string; aToB: string; bToA: string }[] = [];
  for (const [a, targets] of edges)
    for (const [b, aToB] of targets) {
      const bToA = edges.get(b)?.get(a);
      if (bToA && a < b) cycles.push({ a, b, aToB, bToA });
    }
  return cycles.sort((x, y) => `${x.a}/${x.b}`.localeCompare(`${y.a}/${y.b}`));
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const cycles = libFolderCycles();
  for (const c of cycles) console.log(`lib/${c.a} <-> lib/${c.b}   (${c.aToB}  /  ${c.bToA})`);
  console.log(cycles.length === 0 ? "no lib folder cycles" : `${cycles.length} lib folder cycles`);
  process.exitCode = cycles.length === 0 ? 0 : 1;
}
