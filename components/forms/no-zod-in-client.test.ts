import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// Issue 15 (≤ 150 KB of JavaScript per route): zod and the form schemas (~30 KB gzipped) load only
// when the user starts on a form (`useFormAction`'s `schema` is a loader, `() => import(...)`). One
// value import of a module that imports zod, anywhere under a client component, puts all of it back
// into the page's first load. This follows every client component's static value imports (type
// imports and dynamic `import()` are left out; server actions are references, not code) and refuses
// any path to zod or @hookform/resolvers. Constants a form needs live beside the schema in a module
// without zod (e.g. lib/offences/offence-form-fields.ts), which the schema module re-exports.

const ROOT = join(import.meta.dirname, "..", "..");
const HEAVY = new Set(["zod", "@hookform/resolvers/zod"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "generated" || name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const directive = (source: string, name: string) =>
  new RegExp(`^(\\s|//.*\\n|/\\*[\\s\\S]*?\\*/)*["']${name}["']`).test(source);

/** The modules a file needs at run time: static imports and re-exports that are not type-only. */
export function valueImports(source: string): string[] {
  const specs: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["'];?/gms)) {
    if (m[1]) continue;
    const named = /^\{([^}]*)\}$/.exec(m[2]!.trim());
    const items = named
      ? named[1]!
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    if (named && items.length > 0 && items.every((i) => i.startsWith("type "))) continue;
    specs.push(m[3]!);
  }
  for (const m of source.matchAll(/^import\s+["']([^"']+)["'];?/gm)) specs.push(m[1]!);
  return specs;
}

function resolveSpec(spec: string, from: string): string | null {
  if (!spec.startsWith("@/") && !spec.startsWith(".")) return spec;
  const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : resolve(dirname(from), spec);
  for (const ext of [".ts", ".tsx", "/index.ts", "/index.tsx"]) if (existsSync(base + ext)) return base + ext;
  return null;
}

function pathToHeavy(file: string, seen: Set<string>): string[] | null {
  if (seen.has(file)) return null;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  if (directive(source, "use server")) return null;
  for (const spec of valueImports(source)) {
    const target = resolveSpec(spec, file);
    if (target === null) continue;
    if (HEAVY.has(target)) return [relative(ROOT, file), target];
    if (!target.startsWith("/")) continue;
    const rest = pathToHeavy(target, seen);
    if (rest) return [relative(ROOT, file), ...rest];
  }
  return null;
}

describe("no zod in a page's first load", () => {
  it("reads type-only and mixed imports apart", () => {
    expect(valueImports('import type { z } from "zod";\nimport { type A, type B } from "./x";')).toEqual([]);
    expect(valueImports('import { type A, b } from "./x";\nexport { c } from "./y";')).toEqual([
      "./x",
      "./y",
    ]);
  });

  it("no client component reaches zod or the resolver through its static imports", () => {
    const clients = ["app", "components", "lib"]
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((file) => directive(readFileSync(file, "utf8"), "use client"));
    expect(clients.length).toBeGreaterThan(30);
    const paths = clients.map((file) => pathToHeavy(file, new Set())).filter((p) => p !== null);
    expect(paths.map((p) => p.join(" → "))).toEqual([]);
  });
});
