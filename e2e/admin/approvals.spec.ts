import { expect, test } from "@playwright/test";
import { signInAs, signInWithPassword, uniqueUser } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { actionResult, callServerAction } from "../support/server-actions";
import { queryE2eDatabase } from "../support/database";

// Issue 13.14: an administrator ("no case data") can no longer create an analyst, set its password
// and sign in as it. The role and the password wait for a second person (here the chair), the
// administrator cannot approve their own request, and the new analyst must choose their own
// password before anything else opens.

test.describe.configure({ timeout: 120_000 });

test("an analyst account opens only after the chair approves it, and its owner must replace the admin's password", async ({
  page,
  browser,
}) => {
  const user = uniqueUser("E2E Approved Analyst");

  // The administrator asks: a new analyst account, then a temporary password for it.
  await signInAs(page, "admin");
  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill(user.name);
  await page.getByLabel("Email address").fill(user.email);
  await page.getByLabel("Analyst", { exact: true }).check();
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page).toHaveURL(/\/admin\/users\/\d+\?done=created-pending$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Disabled");
  const id = Number(/\/admin\/users\/(\d+)/.exec(page.url())![1]);
  await page.goto(`/admin/users/${id}/password`);
  await page.getByLabel("Generate one for me").check();
  await page.getByRole("button", { name: "Set temporary password" }).click();
  await expect(page.getByTestId("password-reset-done")).toContainText("waiting for approval");
  const password = (await page.getByTestId("temporary-password").innerText()).trim();

  // Not yet: the account is disabled and has no password.
  const [before] = await queryE2eDatabase<{ disabled: boolean; haspw: boolean }>(
    `SELECT "disabledAt" IS NOT NULL AS disabled, "passwordHash" IS NOT NULL AS haspw FROM "User" WHERE id = $1`,
    [id],
  );
  expect(before).toEqual({ disabled: true, haspw: false });

  // The administrator sees both requests but cannot decide them, on screen or by calling the action.
  await page.goto("/admin/approvals");
  const mine = page.getByTestId("approval").filter({ hasText: user.name });
  await expect(mine).toHaveCount(2);
  await expect(mine.getByTestId("approval-not-yours")).toHaveCount(2);
  await expect(mine.getByRole("button", { name: /^Approve/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  const [request] = await queryE2eDatabase<{ id: number }>(
    `SELECT id FROM "AccountChangeRequest" WHERE "userId" = $1 AND kind = 'CASE_ROLE'`,
    [id],
  );
  const forged = await callServerAction(
    page,
    "decideAccountChangeAction",
    [{ id: request!.id, decision: "approve" }],
    "/admin/approvals",
  );
  expect(await actionResult(forged)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });

  // The chair is alerted in-app and approves both.
  const chairContext = await browser.newContext();
  try {
    const chair = await chairContext.newPage();
    await signInAs(chair, "chair");
    await chair.goto("/notifications");
    await expect(chair.getByText(`asks to give ${user.name} the analyst role`).first()).toBeVisible();
    await chair.goto("/admin/approvals");
    await expectNoAxeViolations(chair);
    const rows = chair.getByTestId("approval").filter({ hasText: user.name });
    await expect(rows).toHaveCount(2);
    for (let i = 0; i < 2; i++) {
      await rows
        .first()
        .getByRole("button", { name: /^Approve/ })
        .click();
      // The action revalidates the list: the decided request leaves it.
      await expect(rows).toHaveCount(1 - i);
    }
  } finally {
    await chairContext.close();
  }

  // The administrator is told; the account is active with the password.
  await page.goto("/notifications");
  await expect(page.getByText(`approved giving ${user.name}`).first()).toBeVisible();

  // The analyst signs in and must choose their own password before anything else opens.
  const analystContext = await browser.newContext();
  try {
    const analyst = await analystContext.newPage();
    await signInWithPassword(analyst, { ...user, password });
    await expect(analyst).toHaveURL(/\/account\/password$/);
    await expect(analyst.getByRole("heading", { level: 1 })).toHaveText("Choose your own password");
    await expectNoAxeViolations(analyst);
    await analyst.goto("/offences");
    await expect(analyst).toHaveURL(/\/account\/password$/);
    await analyst.getByLabel("Current (temporary) password").fill(password);
    await analyst.getByLabel("New password", { exact: true }).fill("my own three words");
    await analyst.getByLabel("New password again").fill("my own three words");
    await analyst.getByRole("button", { name: "Save my password" }).click();
    // A new password ends every session of the account, this one included: they sign in with it.
    await expect(analyst).toHaveURL(/\/sign-in/);
    await signInWithPassword(analyst, { ...user, password: "my own three words" });
    await analyst.goto("/offences");
    await expect(analyst).toHaveURL(/\/offences$/);
  } finally {
    await analystContext.close();
  }
  const events = await queryE2eDatabase<{ event: string }>(
    `SELECT event FROM "AuditEvent" WHERE "entityType" = 'user' AND "entityId" = $1 AND event LIKE 'account-change.%' OR (event = 'user.password-changed' AND "entityId" = $1) ORDER BY seq`,
    [String(id)],
  );
  expect(events.map((e) => e.event)).toEqual([
    "account-change.requested",
    "account-change.requested",
    "account-change.approved",
    "account-change.approved",
    "user.password-changed",
  ]);
});
