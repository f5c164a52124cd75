import { expect, type Page } from "@playwright/test";
import { signInAs } from "../support/accounts";

/**
 * Issue 13.14: a case role or a case-role password waits for a second person. Signs in as the chair
 * in a browser context of its own and approves every pending change for the named user.
 */
export async function approveAsChair(page: Page, userName: string): Promise<void> {
  const context = await page.context().browser()!.newContext();
  try {
    const chairPage = await context.newPage();
    await signInAs(chairPage, "chair");
    await chairPage.goto("/admin/approvals");
    const rows = chairPage.getByTestId("approval").filter({ hasText: userName });
    while ((await rows.count()) > 0) {
      const before = await rows.count();
      await rows
        .first()
        .getByRole("button", { name: /^Approve/ })
        .click();
      // The action revalidates the list: the decided request leaves it.
      await expect(rows).toHaveCount(before - 1);
    }
  } finally {
    await context.close();
  }
}

/** Adds an investigator in Coventry through the form, approved by the chair; returns the new account's id. */
export async function addInvestigator(page: Page, user: { name: string; email: string }): Promise<number> {
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill(user.name);
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Job title (optional)").fill("Detective Constable");
  await page.getByLabel("Investigator", { exact: true }).check();
  await page.getByLabel("Neighbourhood policing unit (NPU)").selectOption({ label: "Coventry" });
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+\?done=created-pending$/);
  const id = Number(/\/admin\/users\/(\d+)/.exec(page.url())![1]);
  await approveAsChair(page, user.name);
  await page.goto(`/admin/users/${id}`);
  return id;
}

/** Gives the (case-role) account a generated temporary password, approved by the chair; returns it (it is shown once). */
export async function setGeneratedPassword(page: Page, id: number, userName: string): Promise<string> {
  await page.goto(`/admin/users/${id}/password`);
  await page.getByLabel("Generate one for me").check();
  await page.getByRole("button", { name: "Set temporary password" }).click();
  const password = (await page.getByTestId("temporary-password").innerText()).trim();
  expect(password).toMatch(/^[A-Za-z2-9-]{23}$/);
  await approveAsChair(page, userName);
  return password;
}
