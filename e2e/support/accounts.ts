import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount, type DemoAccountKey } from "../../lib/reference/demo-accounts";
import { queryE2eDatabase } from "./database";

/** Signs in through the real sign-in form as a demo account. */
export async function signInAs(page: Page, key: DemoAccountKey): Promise<void> {
  const account = demoAccount(key);
  await signInWithPassword(page, { email: account.email, password: DEMO_PASSWORD, name: account.name });
}

/**
 * A page of its own (a new browser context: its own cookies) signed in as a demo account: a second
 * user. With `javaScript: false` the session moves to a context without JavaScript, so forms are
 * submitted natively (signed in with it on: signing in without it is sign-in.spec's).
 */
export async function signedInPage(
  browser: Browser,
  key: DemoAccountKey,
  { javaScript = true }: { javaScript?: boolean } = {},
): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, key);
  if (javaScript) return page;
  const storageState = await page.context().storageState();
  await page.context().close();
  return (await browser.newContext({ javaScriptEnabled: false, storageState })).newPage();
}

/**
 * Signs in through the real sign-in form as any account (e.g. one a test created) and waits for the
 * header to name it. The header, not the page: the sign-in page's demo-accounts table also shows
 * the demo names, so waiting for the name anywhere returned before the navigation had finished.
 */
export async function signInWithPassword(
  page: Page,
  account: { email: string; password: string; name: string },
): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(account.name);
}

/**
 * A name and email address no other account has: for the accounts a spec creates for itself (the
 * two workers share one database, so a spec never changes a demo account another may be signed in as).
 */
export function uniqueUser(prefix: string) {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return {
    name: `${prefix} ${tag}`,
    email: `${prefix.toLowerCase().replace(/\W+/g, ".")}.${tag}@captiva.test`,
  };
}

/**
 * A new account of the demo account's role, provider, unit and password, for a test that counts the
 * audit rows of its own actions: nothing else signs in as it, whereas the demo accounts are signed
 * in by both workers at once. Written straight to the database (no administrator's approval to wait
 * for); returns what signInWithPassword takes.
 */
export async function accountLike(key: DemoAccountKey, prefix: string) {
  const user = uniqueUser(prefix);
  await queryE2eDatabase(
    `insert into "User" (email, name, role, "npuId", "providerId", "passwordHash", "updatedAt")
     select $1, $2, role, "npuId", "providerId", "passwordHash", now() from "User" where email = $3`,
    [user.email, user.name, demoAccount(key).email],
  );
  return { ...user, password: DEMO_PASSWORD };
}
