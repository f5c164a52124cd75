// `npm run bench -- --only load-pages [--scale demo] [--runs 20]`: what each page of the load
// bench's journeys costs, one request at a time on the production server: the app's and the
// database's CPU per request, the SQL statements it sends (counted inside the app's process by
// statement-counter.mjs) and the size of its HTML. Where the load case's CPU goes, page by page;
// numbers for the closing note, never for a test.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { DemoAccountKey } from "../../lib/reference/demo-accounts";
import { freePort } from "../../lib/testing/free-port";
import type { Db } from "../../lib/db/server/prisma";
import { withServedApp } from "./load-bench";
import { cpuSecondsOfTree } from "./process-cpu";

export async function benchLoadPages(options: {
  log: (line: string) => void;
  databaseUrl: string;
  prisma: Db;
  runs: number;
}): Promise<void> {
  const counterPort = await freePort();
  const counter = fileURLToPath(new URL("./statement-counter.mjs", import.meta.url));
  const statements = async () => Number(await (await fetch(`http://127.0.0.1:${counterPort}/`)).text());
  await withServedApp(
    {
      ...options,
      env: { BENCH_STATEMENT_PORT: String(counterPort) },
      preload: [counter],
    },
    async ({ origin, journeys, cookies, pids }) => {
      const pages = new Map<string, { role: DemoAccountKey; path: string }>();
      for (const j of journeys)
        for (const path of j.paths) pages.set(`${j.role} ${path}`, { role: j.role, path });
      options.log(`each journey page, ${options.runs} requests one at a time after one warm-up:`);
      const rows = [];
      const texts: { role: string; path: string; statements: string[] }[] = [];
      for (const { role, path } of pages.values()) {
        const headers = { cookie: cookies.get(role)! };
        await fetch(`http://127.0.0.1:${counterPort}/texts`);
        const page = await (await fetch(origin + path, { headers })).text();
        // BENCH_HTML_DIR=dir: each page's HTML, to see what makes it large.
        const htmlDir = process.env.BENCH_HTML_DIR;
        if (htmlDir) writeFileSync(`${htmlDir}/${role}${path.replace(/[^a-z0-9]+/gi, "_")}.html`, page);
        texts.push({
          role,
          path,
          statements: await (await fetch(`http://127.0.0.1:${counterPort}/texts`)).json(),
        });
        const before = { app: cpuSecondsOfTree(pids.app), db: cpuSecondsOfTree(pids.database) };
        const sentBefore = await statements();
        const started = performance.now();
        let bytes = 0;
        for (let i = 0; i < options.runs; i++) {
          const response = await fetch(origin + path, { headers });
          if (response.status !== 200) throw new Error(`${path} as ${role} answered ${response.status}`);
          bytes += (await response.arrayBuffer()).byteLength;
        }
        const wall = performance.now() - started;
        const sent = (await statements()) - sentBefore;
        const per = (seconds: number) => ((seconds * 1000) / options.runs).toFixed(1);
        rows.push({
          role,
          path,
          "ms/req": (wall / options.runs).toFixed(1),
          "app CPU ms": per(cpuSecondsOfTree(pids.app) - before.app),
          "db CPU ms": per(cpuSecondsOfTree(pids.database) - before.db),
          statements: (sent / options.runs).toFixed(1),
          "HTML KB": (bytes / options.runs / 1024).toFixed(1),
        });
      }
      console.table(rows);
      // BENCH_STATEMENT_LOG=file: each page's statements (its warm-up request), to see what they are.
      const file = process.env.BENCH_STATEMENT_LOG;
      if (file) writeFileSync(file, JSON.stringify(texts, null, 1));
    },
  );
}
