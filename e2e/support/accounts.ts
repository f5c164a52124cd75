import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, demoAccount, type DemoAccountKey } from "../../lib/reference/demo-accounts";

/** Signs in through the real sign-in form as a demo account. */
export async function signInAs(page: Page, key: DemoAccountKey): Promise<void> {
  const account = demoAccount(key);
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText(account.name).first()).toBeVisible();
}
