import { expect, test, type Browser, type Page } from "@playwright/test";
import { accountLike, signInWithPassword } from "../support/accounts";
import { queryE2eDatabase } from "../support/database";
import { actionResult, callServerAction } from "../support/server-actions";
import { ACTIONS, PAGES, ROLES, type RoleKey } from "./protected-surface";

// Issue 3: every protected page and every server action, tried as every role that must be refused
// (and signed out), including calling actions directly with another record's id: all refused,
// nothing changed, every refusal audited.

type Target = { id: number; version: number; sessionVersion: number; role: string; disabledAt: Date | null };

async function target(): Promise<Target> {
  const rows = await queryE2eDatabase<Target>(
    `select id, version, "sessionVersion", role, "disabledAt" from "User" where email = 'investigator2@captiva.example'`,
  );
  return rows[0]!;
}

async function refusalsOf(email: string | null): Promise<number> {
  const rows = await queryE2eDatabase<{ n: string }>(
    email
      ? `select count(*) as n from "AuditEvent" a join "User" u on u.id = a."actorId" where a.event = 'access.refused' and u.email = $1`
      : `select count(*) as n from "AuditEvent" where event = 'access.refused' and "actorId" is null`,
    email ? [email] : [],
  );
  return Number(rows[0]!.n);
}

/** The account's refusal rows that name `path` as the page refused (DPA 2018 s.62: what was tried). */
async function refusalsNaming(email: string, path: string): Promise<number> {
  const rows = await queryE2eDatabase<{ n: string }>(
    `select count(*) as n from "AuditEvent" a join "User" u on u.id = a."actorId"
      where a.event = 'access.refused' and u.email = $1 and a.changes->'detail'->>'path' = $2`,
    [email, path],
  );
  return Number(rows[0]!.n);
}

/**
 * Signed in as a new account of the role's, so the refusal rows it counts are its own: both workers
 * sign in as the demo accounts at once, which only allowed "at least N" refusals.
 */
async function signedInPage(browser: Browser, role: RoleKey): Promise<{ page: Page; email: string }> {
  const account = await accountLike(role, `E2E Refused ${role}`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInWithPassword(page, account);
  return { page, email: account.email };
}

/**
 * The offence record's layout checks offences.read as well as its section page does, and the two
 * render in parallel: a visit refused both writes two refusal rows, any other refused visit one.
 */
const RECORD_SECTION = /^\/offences\/1(\/(investigation|intelligence|interventions|meetings|timeline))?$/;
const refusalRowsOf = (path: string) => (RECORD_SECTION.test(path) ? 2 : 1);

const pathFor = (path: string, t: Target) => path.replace("{user}", String(t.id));
/** Refusal rows name the path without its query: a filter can carry a name. */
const pathOnly = (path: string) => new URL(path, "http://localhost").pathname;

// Each test walks the whole surface, which grows with every issue: allow a few seconds per page or
// action on a loaded machine rather than one fixed 30 s for the lot.
const budget = (n: number) => test.setTimeout(30_000 + 4_000 * n);

test.describe("signed out", () => {
  test("every protected page sends the visitor to sign in", async ({ page }) => {
    budget(PAGES.length);
    const t = await target();
    for (const { path } of [{ path: "/" }, ...PAGES]) {
      await page.goto(pathFor(path, t));
      await expect(page, path).toHaveURL(/\/sign-in/);
    }
  });

  test("every action called directly is turned away before it runs, and changes nothing", async ({
    page,
  }) => {
    budget(ACTIONS.length);
    // The proxy answers signed-out posts with a redirect to sign in; the actions' own
    // UNAUTHENTICATED check (defineAction) is covered by lib/actions/define-action.integration.test.ts.
    await page.goto("/sign-in");
    const before = await target();
    for (const action of ACTIONS) {
      const response = await callServerAction(page, action.name, action.args(before), "/admin/users", {
        maxRedirects: 0,
      });
      expect(response.status(), action.name).toBe(303);
      expect(response.headers()["location"], action.name).toContain("/sign-in");
    }
    expect(await target()).toEqual(before);
  });
});

for (const role of ROLES) {
  test.describe(`as ${role}`, () => {
    test("pages the role may not use answer 403 and are audited", async ({ browser }) => {
      const refused = PAGES.filter((p) => !p.allowed.includes(role));
      test.skip(refused.length === 0, "no page is refused to this role");
      budget(refused.length);
      const { page, email } = await signedInPage(browser, role);
      // A client's own value for the proxy's path header must never reach the audit row.
      await page.setExtraHTTPHeaders({ "x-captiva-path": "/forged-by-client" });
      const t = await target();
      for (const { path } of refused) {
        const refusedBefore = await refusalsOf(email);
        const namingBefore = await refusalsNaming(email, pathOnly(pathFor(path, t)));
        const response = await page.goto(pathFor(path, t));
        expect(response?.status(), path).toBe(403);
        await expect(
          page.getByRole("heading", { name: "You do not have access to this page" }),
        ).toBeVisible();
        // Polled: a section page's row may be written after its layout's 403 has been answered.
        await expect
          .poll(async () => (await refusalsOf(email)) - refusedBefore, { message: path })
          .toBe(refusalRowsOf(path));
        expect(
          (await refusalsNaming(email, pathOnly(pathFor(path, t)))) - namingBefore,
          `${path} named in its rows`,
        ).toBe(refusalRowsOf(path));
      }
      await page.context().close();
    });

    test("actions the role may not use, called directly with another record's id, are refused", async ({
      browser,
    }) => {
      const refused = ACTIONS.filter((a) => !a.allowed.includes(role));
      test.skip(refused.length === 0, "no action is refused to this role");
      budget(refused.length);
      const { page, email } = await signedInPage(browser, role);
      const before = await target();
      const refusedBefore = await refusalsOf(email);
      for (const action of refused) {
        const result = await actionResult(await callServerAction(page, action.name, action.args(before)));
        expect(result, action.name).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
      }
      expect(await target(), "nothing changed").toEqual(before);
      expect(await refusalsOf(email), "one refusal row per action").toBe(refusedBefore + refused.length);
      await page.context().close();
    });
  });
}

test("the administrator sees no case data: the case home redirects to administration", async ({
  browser,
}) => {
  const { page } = await signedInPage(browser, "admin");
  await page.goto("/");
  await expect(page).toHaveURL(/\/admin$/);
  await page.context().close();
});
