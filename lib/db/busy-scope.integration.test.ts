import { createServer, type RequestListener, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import type { Db } from "@/lib/db/server/prisma";
import { serveInRequestScope } from "@/lib/db/busy-scope";
import { isDatabaseBusy } from "@/lib/db/database-busy";
import { holdConnection } from "@/lib/testing/hold-connection";

// Issue 15: a page that meets a busy database mid-render used to go out as Next's 500 error page.
// The app's server (scripts/serve.ts) serves each request in a scope; the real bounded pool marks
// the scope when it refuses a connection, and a 500 after that goes out as 503 + Retry-After.
// The handler here stands in for Next: it renders, fails and sets 500 as Next's error page does.

const database = withTestDatabase();
const servers: Server[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r)))));

async function serve(handler: RequestListener): Promise<string> {
  const server = createServer((req, res) => serveInRequestScope(res, () => void handler(req, res)));
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A pool of one connection, held until `release`: every other query waits, then is refused. */
async function busyDatabase(): Promise<{ db: Db; release: () => Promise<void> }> {
  // The wait also bounds opening a connection, so it is not made tiny on a loaded machine.
  const db = database.client(1, { waitMs: 2_000, queueBound: 10 });
  const hold = holdConnection(db);
  await Promise.race([hold.started, hold.held]);
  return {
    db,
    release: async () => {
      hold.release();
      await hold.held;
    },
  };
}

/** Renders like a page: a failed render becomes an error page with status 500. */
const page =
  (render: () => Promise<string>): RequestListener =>
  async (_req, res) => {
    try {
      const body = await render();
      res.statusCode = 200;
      res.end(body);
    } catch {
      res.statusCode = 500;
      res.setHeader("content-type", "text/html");
      res.end("<h1>Sorry, there is a problem with the service</h1>");
    }
  };

describe("answering a busy database as 503", () => {
  it("sends a render that failed on a busy pool as 503 with Retry-After", async () => {
    const { db, release } = await busyDatabase();
    try {
      const url = await serve(page(async () => String(await db.$queryRaw`select 1`)));
      const answer = await fetch(url);
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("5");
      expect(answer.headers.get("cache-control")).toBe("no-store");
      expect(await answer.text()).toContain("Sorry, there is a problem with the service");
    } finally {
      await release();
    }
  });

  it("also when the page writes its status line itself", async () => {
    const { db, release } = await busyDatabase();
    try {
      const url = await serve(async (_req, res) => {
        await db.$queryRaw`select 1`.catch(() => undefined);
        res.writeHead(500, "Internal Server Error", { "content-type": "text/plain" }).end("failed");
      });
      const answer = await fetch(url);
      expect(answer.status).toBe(503);
      expect(answer.headers.get("retry-after")).toBe("5");
    } finally {
      await release();
    }
  });

  it("leaves a busy refusal the page handled itself, and other failures, as they were", async () => {
    const { db, release } = await busyDatabase();
    try {
      const handled = await serve(
        page(async () =>
          db.$queryRaw`select 1`.then(
            () => "read",
            (error: unknown) => (isDatabaseBusy(error) ? "shown as busy" : "other"),
          ),
        ),
      );
      const answer = await fetch(handled);
      expect(answer.status).toBe(200);
      expect(await answer.text()).toBe("shown as busy");
    } finally {
      await release();
    }
    // A fault that is not a busy pool stays a 500, on a pool with room.
    const roomy = database.client(1, {});
    const faulty = await serve(page(async () => String(await roomy.$queryRaw`select 1/0`)));
    expect((await fetch(faulty)).status).toBe(500);
  });

  it("keeps each request's scope to itself", async () => {
    const { db, release } = await busyDatabase();
    const free = database.client(1, {});
    let url = "";
    try {
      url = await serve(
        page(async (): Promise<string> => {
          throw new Error("an ordinary fault");
        }),
      );
      // A refusal made outside any request marks nothing.
      await db.$queryRaw`select 1`.catch(() => undefined);
      expect((await fetch(url)).status).toBe(500);
    } finally {
      await release();
    }
    expect(String(await free.$queryRaw`select 1`)).toBeTruthy();
  });
});
