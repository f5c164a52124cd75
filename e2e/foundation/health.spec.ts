import { expect, test } from "@playwright/test";
import { queryE2eDatabase } from "../support/database";

test("the health endpoints answer: live without the database, ready with it", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toMatchObject({ status: "ok" });

  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(ready.headers()["cache-control"]).toContain("no-store");
});

test("pages carry the security headers and a CSP nonce", async ({ request }) => {
  const response = await request.get("/sign-in");
  const csp = response.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src[^;]*'nonce-[A-Za-z0-9+/=_-]+'/);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("a request with the x-middleware-subrequest header is refused and audited", async ({ request }) => {
  const marker = `/probe-${Date.now()}`;
  const response = await request.get(marker, { headers: { "x-middleware-subrequest": "middleware" } });
  expect(response.status()).toBe(400);
  // Refusals are coalesced per address and reason and written when the window closes (the e2e
  // server's window is 1 s: AUDIT_REFUSAL_WINDOW_SECONDS in playwright.config.ts).
  await expect
    .poll(async () =>
      queryE2eDatabase(
        `select 1 from "AuditEvent" where event = 'request.refused' and changes->'detail'->>'path' = $1`,
        [marker],
      ),
    )
    .toHaveLength(1);
});

test("no public URL writes a refusal row (issue 14)", async ({ request }) => {
  const marker = `/forged-${Date.now()}`;
  const response = await request.get(
    `/api/security/refused?reason=cross-origin-action&path=${marker}&origin=x`,
    {
      headers: { "X-Forwarded-For": "1.2.3.4" },
      maxRedirects: 0,
    },
  );
  expect([303, 307, 401, 404]).toContain(response.status());
  await new Promise((r) => setTimeout(r, 2_000)); // longer than the e2e server's refusal window
  const rows = await queryE2eDatabase(
    `select 1 from "AuditEvent" where changes->'detail'->>'path' = $1 or address = '1.2.3.4'`,
    [marker],
  );
  expect(rows).toHaveLength(0);
});

test("a cross-origin POST to a server action is refused and audited", async ({ request }) => {
  const marker = `/cross-origin-${Date.now()}`;
  const response = await request.post(marker, {
    headers: {
      "Next-Action": "0".repeat(42),
      Origin: "https://attacker.example",
      "Content-Type": "text/plain",
    },
    data: "[]",
  });
  expect(response.status()).toBe(403);
  await expect
    .poll(async () =>
      queryE2eDatabase(
        `select 1 from "AuditEvent" where event = 'request.refused' and changes->'detail'->>'path' = $1
           and changes->'detail'->>'reason' = 'cross-origin-action'`,
        [marker],
      ),
    )
    .toHaveLength(1);
});

test("the app runs as the runtime role, and its background job seals audit rows within seconds (issue 14)", async ({
  request,
}) => {
  // Every connection but the test's own (the owner's) is the app's, and the app's are the runtime role's.
  const sessions = await queryE2eDatabase<{ usename: string }>(
    `select usename from pg_stat_activity where datname = current_database() and usename <> current_user`,
  );
  expect(sessions.length).toBeGreaterThan(0);
  expect(new Set(sessions.map((row) => row.usename))).toEqual(new Set(["captiva_app"]));

  const marker = `/sealed-${Date.now()}`;
  expect((await request.get(marker, { headers: { "x-middleware-subrequest": "middleware" } })).status()).toBe(
    400,
  );
  await expect
    .poll(
      async () =>
        queryE2eDatabase(
          `select 1 from "AuditEvent" where event = 'request.refused' and changes->'detail'->>'path' = $1 and seq is not null`,
          [marker],
        ),
      { timeout: 20_000 },
    )
    .toHaveLength(1);
});
