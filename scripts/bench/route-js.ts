// `npm run bench -- --only js` (issue 15: ≤ 150 KB of JavaScript per route, gzipped, sign-in
// included): read from the production build's manifests, no server needed. A route's first load is
// the framework's root scripts (build-manifest.json rootMainFiles) plus every script its client
// reference manifest lists for its segments (layouts, page, error boundaries), each gzipped as a
// server would send it. The load case's measureJs (js-size.ts) reads the same from served HTML.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";

export const ROUTE_JS_BUDGET_KB = 150;

type Row = { route: string; scripts: number; "gzipped KB": number; "over budget": string };

export function measureRouteJs(distDir: string): Row[] {
  const build = JSON.parse(readFileSync(join(distDir, "build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
  };
  const sizes = new Map<string, number>();
  const gzipped = (file: string) => {
    if (!sizes.has(file))
      sizes.set(file, gzipSync(readFileSync(join(distDir, file)), { level: 9 }).byteLength);
    return sizes.get(file)!;
  };
  const rows: Row[] = [];
  for (const manifest of findManifests(join(distDir, "server", "app"))) {
    const sandbox = { globalThis: {} as Record<string, unknown> };
    runInNewContext(readFileSync(manifest, "utf8"), sandbox);
    const all = (sandbox.globalThis.__RSC_MANIFEST ?? {}) as Record<
      string,
      { entryJSFiles?: Record<string, string[]> }
    >;
    for (const [page, entry] of Object.entries(all)) {
      const files = new Set(build.rootMainFiles);
      for (const [segment, scripts] of Object.entries(entry.entryJSFiles ?? {})) {
        // global-error replaces the whole document only when the root layout itself fails
        if (!segment.endsWith("/global-error")) for (const s of scripts) files.add(s);
      }
      const bytes = [...files].reduce((sum, f) => sum + gzipped(f), 0);
      const kb = Math.round((bytes / 1024) * 10) / 10;
      rows.push({
        route: page.replace(/\/page$/, "") || "/",
        scripts: files.size,
        "gzipped KB": kb,
        "over budget": kb > ROUTE_JS_BUDGET_KB ? "yes" : "",
      });
    }
  }
  return rows.sort((a, b) => b["gzipped KB"] - a["gzipped KB"]);
}

function findManifests(dir: string): string[] {
  if (!existsSync(dir))
    throw new Error(`${relative(process.cwd(), dir)} is missing: run a production build first`);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("page_client-reference-manifest.js"))
    .map((f) => join(dir, f));
}
