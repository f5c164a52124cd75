import { expect, type Page } from "@playwright/test";

// Users the admin specs create for themselves: the two workers share one database, so a spec
// never changes a demo account another spec may be signed in as.

export function uniqueUser(prefix: string) {
  const tag = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return { name: `${prefix} ${tag}`, email: `${prefix.toLowerCase().replace(/\W+/g, ".")}.${tag}@captiva.test` };
}

/** Adds an investigator in Coventry through the form; returns the new account's id. */
export async function addInvestigator(page: Page, user: { name: string; email: string }): Promise<number> {
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill(user.name);
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Job title (optional)").fill("Detective Constable");
  await page.getByLabel("Investigator", { exact: true }).check();
  await page.getByLabel("Neighbourhood policing unit (NPU)").selectOption({ label: "Coventry" });
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+\?done=created$/);
  return Number(/\/admin\/users\/(\d+)/.exec(page.url())![1]);
}

/** Gives the account a generated temporary password and returns it (it is shown once). */
export async function setGeneratedPassword(page: Page, id: number): Promise<string> {
  await page.goto(`/admin/users/${id}/password`);
  await page.getByLabel("Generate one for me").check();
  await page.getByRole("button", { name: "Set temporary password" }).click();
  const password = (await page.getByTestId("temporary-password").innerText()).trim();
  expect(password).toMatch(/^[A-Za-z2-9-]{23}$/);
  return password;
}
