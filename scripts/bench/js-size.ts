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
    const sources = new Set([...html.matchAll(/\/_next\/static\/[^"'\s)]+?\.js/g)].map((m) => m[0]));
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
