import { readFileSync } from "node:fs";
import { expect, test, type APIResponse } from "@playwright/test";
import pg from "pg";
import { signInAs } from "../support/accounts";
import { e2eDatabaseUrlFile } from "../support/database-url-file";
import { queryE2eDatabase } from "../support/database";
import { JOBS_LOCK_KEY } from "../../lib/jobs/scheduler";

// Issue 15, "more than one instance" (playwright.instances.config.ts: scripts/instances.ts runs
// instances a and b behind a round-robin proxy on E2E_PORT, and a spare c with a one-connection
// pool on E2E_PORT + 3). The import and meeting journeys run through the same proxy.

const proxyPort = Number(process.env.E2E_PORT);
const spareUrl = `http://localhost:${proxyPort + 3}`;
const INSTANCE_HEADER = "x-captiva-instance";

test("one signed-in browser is served by both instances in turn, signed in on each", async ({ page }) => {
  test.setTimeout(90_000);
  const seen: string[] = [];
  page.on("response", (response) => {
    const id = response.headers()[INSTANCE_HEADER];
    if (id && response.url().startsWith(`http://localhost:${proxyPort}/`)) seen.push(id);
  });
  // Signing in alone (the page, its scripts, the server action, the home) is spread over both.
  await signInAs(page, "analyst");
  expect(new Set(seen)).toEqual(new Set(["a", "b"]));

  // Page requests go to each instance in turn (the other worker's requests share the rotation, so
  // ask until both have answered), and each instance accepts the session the other signed in.
  const ids = new Set<string>();
  for (let n = 0; n < 20 && ids.size < 2; n++) {
    const answer = await page.request.get("/offences", { maxRedirects: 0 });
    expect(answer.status()).toBe(200);
    expect(await answer.text()).toContain("Offences");
    ids.add(answer.headers()[INSTANCE_HEADER] ?? "none");
  }
  expect(ids).toEqual(new Set(["a", "b"]));
});

test("behind the proxy the client's address is the one the proxy saw, not one the client wrote", async ({
  browser,
}) => {
  // The proxy replaces X-Forwarded-For with the socket's address; the instances trust only the
  // proxy (TRUSTED_PROXIES), so a forged header cannot buy a fresh per-address sign-in limit.
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.9" } });
  const page = await context.newPage();
  const email = `nobody-${Date.now().toString(36)}@captiva.example`;
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("error-summary")).toBeVisible();
  const rows = await queryE2eDatabase<{ address: string }>(
    `SELECT address FROM "SignInAttempt" WHERE email = $1`,
    [email],
  );
  expect(rows.map((r) => r.address)).toEqual(["127.0.0.1"]);
  await context.close();
});

test("the background jobs run on exactly one instance, holding the jobs lock", async () => {
  // Both rotating instances run a scheduler (the spare has jobs off); one holds the lock.
  await expect
    .poll(async () => {
      const [row] = await queryE2eDatabase<{ holders: number }>(
        `SELECT count(*)::int AS holders FROM pg_locks
          WHERE locktype = 'advisory' AND granted AND classid = 0 AND objid = $1`,
        [JOBS_LOCK_KEY],
      );
      return row!.holders;
    })
    .toBe(1);
  // …and it does the work: audit rows written through either instance get sealed.
  await expect
    .poll(async () => {
      const [row] = await queryE2eDatabase<{ unsealed: number }>(
        `SELECT count(*)::int AS unsealed FROM "AuditEvent" WHERE seq IS NULL AND "occurredAt" < now() - interval '10 seconds'`,
      );
      return row!.unsealed;
    })
    .toBe(0);
});

test("a page that meets a busy database mid-render answers 503 with Retry-After, not 500", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // The spare instance has one pool connection and waits 1.5 s for it. A lock held here stalls
  // the first request's read of the user, on that one connection; the second request is let in
  // (nobody is waiting yet) and then waits in vain, mid-render, for the connection.
  await signInAs(page, "analyst");
  const owner = new pg.Client({
    connectionString: readFileSync(e2eDatabaseUrlFile(proxyPort), "utf8").trim(),
  });
  await owner.connect();
  let first: Promise<APIResponse> | undefined;
  try {
    await owner.query("BEGIN");
    await owner.query(`LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE`);
    first = page.request.get(`${spareUrl}/`, { maxRedirects: 0, timeout: 60_000 });
    // Asked on a connection of its own (inside the lock's transaction the statistics never change),
    // and from pg_locks: pg_stat_activity cuts long query texts before their FROM.
    await expect
      .poll(
        async () => {
          const [row] = await queryE2eDatabase<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = '"User"'::regclass`,
          );
          return row!.n;
        },
        { timeout: 8_000 },
      )
      .toBeGreaterThan(0);
    const second = await page.request.get(`${spareUrl}/`, { maxRedirects: 0, timeout: 60_000 });
    expect(second.status()).toBe(503);
    expect(second.headers()["retry-after"]).toBe("5");
    expect(second.headers()["cache-control"]).toContain("no-store");
    // Next's error document (the render failed mid-way), not proxy.ts's up-front "busy" page.
    const body = await second.text();
    expect(body).toContain('id="__next_error__"');
    expect(body).not.toContain("The service is busy");
  } finally {
    await owner.query("ROLLBACK").catch(() => {});
    await owner.end();
    await first?.catch(() => undefined);
  }
});
