import { expect, test } from "@playwright/test";
import { signInAs, signInWithPassword, uniqueUser } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { addInvestigator, approveAsChair, setGeneratedPassword } from "./admin-helpers";

// Issue 3, Admin: list, create, disable, re-enable users, change roles, reset a password; a
// disabled user is thrown out on their next click.

// Each journey signs in (argon2) and runs several axe scans of full pages: more than the default
// 30 s on a loaded machine.
// Issue 13.14: creating an investigator and setting its password now include the chair's approval,
// a second sign-in.
test.describe.configure({ timeout: 120_000 });

test("the admin lists users and gets the GOV.UK error pattern for mistakes when adding one", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
  await expect(page.getByTestId("users-table")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Add a user" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a user");
  await expectNoAxeViolations(page);

  // Nothing filled in: the summary lists each problem, focused, and links to the field.
  await page.getByRole("button", { name: "Add user" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Enter the user's full name",
    "Enter an email address",
    "Select a role",
  ]);
  await expect(page).toHaveTitle(/^Error: Add a user/);
  await expectNoAxeViolations(page);
});

test("the admin adds a partner, who needs a provider and an email address of their own", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/users/new");
  const summary = page.getByTestId("error-summary");

  // A partner needs a provider (the field is revealed under "Partner").
  const user = uniqueUser("E2E Partner");
  await page.getByLabel("Full name").fill(user.name);
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Partner", { exact: true }).check();
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(summary.getByRole("link")).toHaveText(["Select the partner's intervention provider"]);
  await page.getByLabel("Intervention provider").selectOption({ label: "Redthread" });
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByTestId("user-done")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(user.name);
  await expect(page.getByText("Redthread")).toBeVisible();
  await expectNoAxeViolations(page);

  // The same address again: the server's answer lands on the email field.
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill("Someone Else");
  await page.getByLabel("Email address").fill(user.email.toUpperCase());
  await page.getByLabel("Administrator", { exact: true }).check();
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.locator("#email-error")).toContainText("A user with this email address already exists");
  await expect(
    summary.getByRole("link", { name: "A user with this email address already exists" }),
  ).toBeVisible();

  // The list finds the new user by part of their name.
  await page.goto(`/admin/users?q=${encodeURIComponent(user.name)}`);
  await expect(page.getByTestId("users-count")).toHaveText(/of 1 user$/);
  await expect(page.getByTestId("users-table").getByRole("link", { name: user.name })).toBeVisible();
});

test("a disabled user is thrown out on their next click, and can be re-enabled", async ({
  page: adminPage,
  browser,
}) => {
  await signInAs(adminPage, "admin");
  const user = uniqueUser("E2E Investigator");
  const id = await addInvestigator(adminPage, user);
  const password = await setGeneratedPassword(adminPage, id, user.name);
  await expectNoAxeViolations(adminPage);

  // The investigator signs in, in a browser of their own.
  const investigatorContext = await browser.newContext();
  const investigatorPage = await investigatorContext.newPage();
  try {
    await signInWithPassword(investigatorPage, { ...user, password });

    await adminPage.goto(`/admin/users/${id}`);
    await expectNoAxeViolations(adminPage);
    await adminPage.getByRole("button", { name: "Disable account" }).click();
    await expect(adminPage.getByRole("alert").filter({ hasText: "is disabled" })).toBeVisible();
    await expect(adminPage.getByRole("heading", { level: 1 })).toContainText("Disabled");

    // Their next click ends the session: back to sign in, told why.
    await investigatorPage.getByRole("link", { name: "Captiva Guardian" }).first().click();
    await expect(investigatorPage).toHaveURL(/\/sign-in/);
    await expect(investigatorPage.getByTestId("sign-in-notice")).toContainText("Your session has ended");

    // Disabled, they cannot sign in again either.
    await investigatorPage.getByLabel("Email address").fill(user.email);
    await investigatorPage.getByLabel("Password", { exact: true }).fill(password);
    await investigatorPage.getByRole("button", { name: "Sign in" }).click();
    await expect(investigatorPage.getByTestId("error-summary")).toBeVisible();

    await adminPage.getByRole("button", { name: "Re-enable account" }).click();
    await expect(adminPage.getByRole("alert").filter({ hasText: "active again" })).toBeVisible();
    await expect(adminPage.getByRole("heading", { level: 1 })).toContainText("Active");
    await signInWithPassword(investigatorPage, { ...user, password });
  } finally {
    await investigatorContext.close();
  }
});

test("the admin changes a user's role; a stale page gets a clear conflict", async ({ page, browser }) => {
  await signInAs(page, "admin");
  const user = uniqueUser("E2E Role");
  const id = await addInvestigator(page, user);

  await page.getByRole("link", { name: "Change role" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change role");
  await expectNoAxeViolations(page);

  // A second admin tab changes the account first.
  const other = await browser.newContext();
  try {
    const otherPage = await other.newPage();
    await signInAs(otherPage, "admin");
    await otherPage.goto(`/admin/users/${id}`);
    await otherPage.getByRole("button", { name: "Disable account" }).click();
    await expect(otherPage.getByRole("heading", { level: 1 })).toContainText("Disabled");
  } finally {
    await other.close();
  }

  await page.getByLabel("Analyst", { exact: true }).check();
  await page.getByRole("button", { name: "Save role" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Someone else changed this record");

  await page.reload();
  await page.getByLabel("Analyst", { exact: true }).check();
  await page.getByRole("button", { name: "Save role" }).click();
  // Issue 13.14: a case role waits for a second person; the account keeps its role until then.
  await expect(page).toHaveURL(new RegExp(`/admin/users/${id}\\?done=role-pending$`));
  await expect(page.getByRole("definition").filter({ hasText: /^Investigator$/ })).toBeVisible();
  await approveAsChair(page, user.name);
  await page.goto(`/admin/users/${id}`);
  await expect(page.getByRole("definition").filter({ hasText: /^Analyst$/ })).toBeVisible();
});

test("the admin cannot disable their own account", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/users?q=admin%40captiva.example");
  await page.getByTestId("users-table").getByRole("link").first().click();
  await expect(page.getByTestId("account-actions")).toContainText("This is your own account");
  await expect(page.getByRole("button", { name: "Disable account" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Change role" })).toHaveCount(0);
});
