import { expect, test } from "@playwright/test";
import { signInAs, uniqueUser } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { addInvestigator } from "./admin-helpers";

// Issue 3, the audit log: search by user, record, action and date; "who viewed this person";
// the admin home's check of the hash chain.

test.describe.configure({ timeout: 60_000 });

test("the admin finds a disable event in the audit log, with its before and after", async ({ page }) => {
  await signInAs(page, "admin");
  const user = uniqueUser("E2E Audited");
  const id = await addInvestigator(page, user);
  await page.getByRole("button", { name: "Disable account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Disabled");

  // Through the filter form: the event and the record.
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
  await expectNoAxeViolations(page);
  const filter = page.getByTestId("audit-filter");
  await filter.getByLabel("Event").selectOption("user.disabled");
  await filter.getByLabel("Record type").fill("user");
  await filter.getByLabel("Record ID").fill(String(id));
  await filter.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/event=user\.disabled/);
  await expect(page.getByTestId("audit-count")).toHaveText("Showing 1 to 1 of 1 event");
  const row = page.getByTestId("audit-row");
  await expect(row).toContainText("Taylor Dummett (Administrator)");
  await expect(row).toContainText(`user ${id}`);
  await row.getByText("2 fields").click();
  await expect(row).toContainText("disabledAt: (none) →");
  await expect(row).toContainText("sessionVersion:");
  await expectNoAxeViolations(page);

  // Selected filters show as tags; removing one widens the search.
  await page.getByRole("link", { name: "Remove this filter: Record ID: " + id }).click();
  await expect(page).not.toHaveURL(/entityId=/);
  await expect(page.getByTestId("audit-row").first()).toBeVisible();

  // By user: the admin's own searches are on record too.
  await page.goto("/admin/audit?user=admin%40captiva.example&event=audit.searched");
  await expect(page.getByTestId("audit-row").first()).toContainText("Reviewing the audit log");
});

test("a wrong date is reported on its field with the error summary", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/audit?from=31%2F2%2F2026");
  await expect(page).toHaveTitle(/^Error: Audit log/);
  const summary = page.getByTestId("error-summary");
  await expect(summary.getByRole("link")).toHaveText(["Date from must be a real date, like 27/3/2026"]);
  await expect(page.locator("#from-error")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the admin sees who viewed a person, and the admin home checks the audit chain", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/audit/person/1");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who viewed this person");
  await expect(page.getByTestId("person-views")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
  await expect(page.getByTestId("audit-chain-status").first()).toBeVisible();
  await page.getByRole("button", { name: "Check the audit chain" }).click();
  await expect(page.getByTestId("audit-chain-status").last()).toContainText("Intact");
  await expectNoAxeViolations(page);
});
