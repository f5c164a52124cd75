import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount } from "../../lib/reference/demo-accounts";
import { ERROR_MESSAGES } from "../../lib/errors";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 13 items 2–5, against the real server (scripts/serve.ts in front of the production build).
// The analyst account is used: signing out now ends only the session signed out, so other specs
// signed in as the analyst are unaffected.

const analyst = demoAccount("analyst");

// Several tests sign in two or three browsers; on a loaded machine each sign-in takes seconds.
test.describe.configure({ timeout: 90_000 });

async function fillAndSubmit(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function newPage(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<Page> {
  return (await browser.newContext(options)).newPage();
}

test.describe("the sign-in form without JavaScript (item 5)", () => {
  test("posts, never puts what was typed in a URL, answers errors and signs in", async ({
    browser,
    baseURL,
  }) => {
    const page = await newPage(browser, { javaScriptEnabled: false });
    const requests: { method: string; url: string }[] = [];
    page.on("request", (r) => requests.push({ method: r.method(), url: r.url() }));

    await page.goto("/sign-in?callbackUrl=/offences");
    await expect(page.getByTestId("sign-in-form")).toHaveAttribute("method", /^post$/i);

    await fillAndSubmit(page, analyst.email, "not-the-password");
    await expect(page.getByTestId("error-summary")).toContainText(ERROR_MESSAGES.SIGN_IN_FAILED);
    await expect(page.getByLabel("Email address")).toHaveValue(analyst.email);
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");

    await fillAndSubmit(page, analyst.email, DEMO_PASSWORD);
    await expect(page.getByTestId("signed-in-user")).toContainText(analyst.name);
    expect(new URL(page.url()).pathname).toBe("/offences");

    const posts = requests.filter((r) => r.method === "POST" && new URL(r.url).pathname === "/sign-in");
    expect(posts).toHaveLength(2);
    for (const { url } of requests) {
      expect(url).not.toContain("password");
      expect(url).not.toContain(DEMO_PASSWORD);
      expect(decodeURIComponent(url)).not.toContain(analyst.email);
    }
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });

  test("the form is accessible with an error shown", async ({ page }) => {
    await page.goto("/sign-in");
    await fillAndSubmit(page, "", "");
    await expect(page.getByTestId("error-summary")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

// Raw query strings: "/%09/evil.example" is exactly what the review sent (a tab, percent-encoded).
const EVIL_CALLBACKS = [
  "/%09/evil.example",
  `/${encodeURIComponent("\\")}evil.example`,
  encodeURIComponent("//evil.example"),
  encodeURIComponent("https://evil.example/"),
];

test.describe("callbackUrl never leaves the site (item 3)", () => {
  for (const callback of EVIL_CALLBACKS) {
    test(`after signing in with callbackUrl=${callback}`, async ({ browser, baseURL }) => {
      const page = await newPage(browser);
      await page.goto(`/sign-in?callbackUrl=${callback}`);
      await fillAndSubmit(page, analyst.email, DEMO_PASSWORD);
      await expect(page.getByTestId("signed-in-user")).toContainText(analyst.name);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      expect(new URL(page.url()).pathname).toBe("/");
    });
  }

  test("for a visitor who is already signed in", async ({ browser, baseURL }) => {
    const page = await newPage(browser);
    await signInAs(page, "analyst");
    for (const callback of EVIL_CALLBACKS) {
      const response = await page.request.get(`/sign-in?callbackUrl=${callback}`, { maxRedirects: 0 });
      expect(response.status(), callback).toBeGreaterThanOrEqual(300);
      const location = response.headers()["location"] ?? "";
      expect(location, callback).not.toMatch(/[\t\n\r\\]|evil/);
      expect(new URL(location, baseURL).origin, callback).toBe(new URL(baseURL!).origin);
      await page.goto(`/sign-in?callbackUrl=${callback}`);
      expect(new URL(page.url()).origin, callback).toBe(new URL(baseURL!).origin);
    }
  });
});

test.describe("signing out ends that session on the server (item 4)", () => {
  test("our Sign out: a copied cookie is refused; another browser of the same user stays signed in", async ({
    browser,
  }) => {
    const first = await newPage(browser);
    await signInAs(first, "analyst");
    const second = await newPage(browser);
    await signInAs(second, "analyst");

    const copy = await newPage(browser);
    await copy.context().addCookies(await first.context().cookies());
    await copy.goto("/");
    await expect(copy.getByTestId("signed-in-user")).toContainText(analyst.name);

    await first.getByTestId("sign-out").click();
    await expect(first).toHaveURL(/\/sign-in\?signedOut=1/);

    await copy.goto("/");
    await expect(copy).toHaveURL(/\/sign-in/);
    await expect(copy.getByTestId("signed-in-user")).toHaveCount(0);

    await second.goto("/");
    await expect(second.getByTestId("signed-in-user")).toContainText(analyst.name);
  });

  test("next-auth's /api/auth/signout revokes it too", async ({ browser }) => {
    const page = await newPage(browser);
    await signInAs(page, "analyst");
    const copy = await newPage(browser);
    await copy.context().addCookies(await page.context().cookies());

    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await page.request.post("/api/auth/signout", {
      form: { csrfToken, callbackUrl: "/" },
      maxRedirects: 0,
    });
    expect(response.status()).toBeLessThan(400);

    await copy.goto("/");
    await expect(copy).toHaveURL(/\/sign-in/);
    const rows = await queryE2eDatabase<{ n: string }>(
      `select count(*) as n from "AuditEvent" where event = 'auth.sign-out' and changes->'detail'->>'via' = 'next-auth'
         and (changes->'detail'->>'revoked')::boolean`,
    );
    expect(Number(rows[0]!.n)).toBeGreaterThan(0);
  });
});

test.describe("the client's address (item 2)", () => {
  test("forged X-Forwarded-For and address headers are ignored: attempts and audit rows carry the socket's address", async ({
    browser,
  }) => {
    const email = `xff-probe-${Date.now()}@captiva.example`;
    const page = await newPage(browser, {
      javaScriptEnabled: false,
      extraHTTPHeaders: {
        "x-forwarded-for": "203.0.113.9",
        "x-captiva-client-address": "198.51.100.9",
        "x-real-ip": "192.0.2.9",
      },
    });
    await page.goto("/sign-in");
    for (let i = 0; i < 2; i++) {
      await fillAndSubmit(page, email, "wrong");
      await expect(page.getByTestId("error-summary")).toContainText(ERROR_MESSAGES.SIGN_IN_FAILED);
    }
    const attempts = await queryE2eDatabase<{ address: string }>(
      `select address from "SignInAttempt" where email = $1`,
      [email],
    );
    expect(attempts.map((a) => a.address)).toEqual(["127.0.0.1", "127.0.0.1"]);
    const audit = await queryE2eDatabase<{ address: string }>(
      `select address from "AuditEvent" where event = 'auth.sign-in-failed' and changes->'detail'->>'email' = $1`,
      [email],
    );
    expect(audit.map((a) => a.address)).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});
