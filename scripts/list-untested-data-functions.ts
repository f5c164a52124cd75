import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";

// Issue 19: which data functions (lib/*/server/*.ts) no integration test reaches, and which of those
// scope rows by actor. A function is reached when a same-name *.integration.test.ts sits beside it
// or any integration test imports its module. "Scopes rows by actor": it reads (list/get/search/…),
// takes `actor` and filters by it (the actor's id, role, provider or NPU, or an access helper given
// the actor), beyond the permission check and the audit label every data function has.
//
//   npx tsx scripts/list-untested-data-functions.ts            the untested functions, scoping ones first
//   npx tsx scripts/list-untested-data-functions.ts --scoping  only those that scope rows (exit 1 if any)

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const SKIP = new Set(["node_modules", ".next", ".data", "generated", ".git"]);

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const READ = /^(list|get|search|find|export|build|count|load|read)-/;
// Uses of the actor that filter rows (not requirePermission(actor, …) nor auditActorOf(actor)).
const SCOPES = [
  /\bactor\.(id|role|providerId|npuId)\b/,
  /\b\w+(Access|Where|Scope|Select|Visible\w*)\(\s*actor\b/,
  /\bcan\(\s*actor\b/,
];
const NOT_SCOPING = [/auditActorOf\(actor\)/g, /requirePermission\(actor[^)]*\)/g, /actorLabel[^,\n]*/g];

export type DataFunction = { file: string; scoping: boolean; read: boolean };

export function dataFunctions(): DataFunction[] {
  const files = walk(join(root, "lib")).filter(
    (f) => /\/lib\/[^/]+\/server\/[^/]+\.ts$/.test(f) && !f.endsWith(".test.ts"),
  );
  return files.map((file) => {
    const source = readFileSync(file, "utf8");
    // Comments may name the actor's access rule without applying it.
    let body = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
    for (const pattern of NOT_SCOPING) body = body.replace(pattern, "");
    const takesActor = /\bactor\b/.test(body);
    const read = READ.test(basename(file));
    return {
      file: relative(root, file),
      read,
      scoping: read && takesActor && SCOPES.some((p) => p.test(body)),
    };
  });
}

/** Module paths each integration test imports, resolved to files relative to the root. */
function reachedFiles(): Set<string> {
  const reached = new Set<string>();
  for (const test of walk(root).filter((f) => f.endsWith(".integration.test.ts"))) {
    const same = test.replace(/\.integration\.test\.ts$/, ".ts");
    reached.add(relative(root, same));
    const source = readFileSync(test, "utf8");
    for (const [, spec] of source.matchAll(/(?:from|import\()\s*"([^"]+)"/g)) {
      const path = spec!.startsWith("@/")
        ? join(root, spec!.slice(2))
        : spec!.startsWith(".")
          ? resolve(dirname(test), spec!)
          : undefined;
      if (path) reached.add(relative(root, path.endsWith(".ts") ? path : `${path}.ts`));
    }
  }
  return reached;
}

export function untestedDataFunctions(): DataFunction[] {
  const reached = reachedFiles();
  return dataFunctions()
    .filter((f) => !reached.has(f.file))
    .sort((a, b) => Number(b.scoping) - Number(a.scoping) || a.file.localeCompare(b.file));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const onlyScoping = process.argv.includes("--scoping");
  const all = dataFunctions();
  const untested = untestedDataFunctions();
  const shown = onlyScoping ? untested.filter((f) => f.scoping) : untested;
  for (const f of shown)
    console.log(`${f.scoping ? "SCOPES-ROWS" : f.read ? "read       " : "write      "} ${f.file}`);
  console.log(
    `${untested.length} of ${all.length} data functions have no integration test; ` +
      `${untested.filter((f) => f.scoping).length} of them scope rows by actor ` +
      `(${all.filter((f) => f.scoping).length} scoping reads in all).`,
  );
  if (onlyScoping && shown.length > 0) process.exitCode = 1;
}
