import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount, type DemoAccountKey } from "../../lib/reference/demo-accounts";

/** Signs in through the real sign-in form as a demo account. */
export async function signInAs(page: Page, key: DemoAccountKey): Promise<void> {
  const account = demoAccount(key);
  await signInWithPassword(page, { email: account.email, password: DEMO_PASSWORD, name: account.name });
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
