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

/**
 * Routes still over the budget, each with the most it may weigh until it is brought within it.
 * Issue 15 is done while this list is empty: keep it so. `npm test` (scripts/check-route-js.ts)
 * fails when any other route is over the budget, when one of these grows past its ceiling, and when
 * one of these is within the budget and can come off the list. Never raise a ceiling to make a
 * change pass.
 *
 * Where the bytes are (source-map build of Next 16.4.6 / React 19.3.1, Turbopack, gzip -9): the
 * root scripts are 128.5 KB and all framework (react-dom client 203 KB raw, the app router and its
 * segment cache, the RSC client, React); the root layout's chunk is 7.3 KB, of which ~1.3 KB is ours
 * (service navigation, search keys, sign-out buttons) and the rest is Next's layout router and
 * Link; app/error.tsx 0.6 KB. That leaves ~13 KB for a page, and react-hook-form alone is 13.2 KB
 * (createFormControl alone 20 KB raw): a page that loaded it weighed 155-162 KB. So every
 * react-hook-form form is deferred (components/forms/deferred-form.tsx): the page imports the
 * form's `*.deferred.tsx` module, the server renders the form as before, and the form's code and
 * react-hook-form (and, later still, zod and the schema: use-form-action.ts) load when the user
 * first focuses, presses or types in it. The form pages are ~137-145 KB. A page that imports a
 * react-hook-form form directly is over the budget again.
 */
export const ROUTE_JS_PENDING: Readonly<Record<string, number>> = {};

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

/** What is wrong with a build's JavaScript per route: none when every route is within its limit. */
export function budgetProblems(
  rows: readonly Pick<Row, "route" | "gzipped KB">[],
  pending: Readonly<Record<string, number>> = ROUTE_JS_PENDING,
): string[] {
  const problems: string[] = [];
  const seen = new Set(rows.map((r) => r.route));
  for (const { route, "gzipped KB": kb } of rows) {
    const ceiling = pending[route];
    if (ceiling === undefined) {
      if (kb > ROUTE_JS_BUDGET_KB)
        problems.push(`${route}: ${kb} KB of JavaScript, over the ${ROUTE_JS_BUDGET_KB} KB budget`);
    } else if (kb <= ROUTE_JS_BUDGET_KB) {
      problems.push(`${route}: ${kb} KB, within the budget now: take it off ROUTE_JS_PENDING`);
    } else if (kb > ceiling) {
      problems.push(`${route}: ${kb} KB, past its ceiling of ${ceiling} KB in ROUTE_JS_PENDING`);
    }
  }
  for (const route of Object.keys(pending))
    if (!seen.has(route)) problems.push(`${route}: in ROUTE_JS_PENDING but not in the build`);
  return problems;
}

function findManifests(dir: string): string[] {
  if (!existsSync(dir))
    throw new Error(`${relative(process.cwd(), dir)} is missing: run a production build first`);
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("page_client-reference-manifest.js"))
    .map((f) => join(dir, f));
}
