import { expect, test } from "@playwright/test";

test("the health endpoints answer: live without the database, ready with it", async ({ request }) => {
  const live = await request.get("/api/health/live");
  expect(live.status()).toBe(200);
  expect(await live.json()).toMatchObject({ status: "ok" });

  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(ready.headers()["cache-control"]).toContain("no-store");
});

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/api/health/live");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  const page = await request.get("/sign-in");
  const csp = page.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src[^;]*'nonce-[A-Za-z0-9+/=]+'/);
});

test("a request with the x-middleware-subrequest header is refused", async ({ request }) => {
  const response = await request.get("/", { headers: { "x-middleware-subrequest": "middleware" } });
  expect(response.status()).toBe(400);
});
