import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectDate, fillDate } from "../support/date-input";
import { expectNoAxeViolations } from "../support/axe";
import { downloadWithReason } from "../support/csv-export";
import { queryE2eDatabase } from "../support/database";

// Issue 7: the chair reads the figures, drills from a year-to-date count to exactly that many
// offences, exports a table (an audited disclosure), and reads the returns. axe on every page.

test("the chair drills from a year-to-date figure to the same number of offences", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "chair");
  await page.getByRole("link", { name: "Figures", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Figures");
  await expect(page.getByRole("table", { name: /Under 25 Violence with Injury \(YTD\)/ })).toBeVisible();
  await expect(page.getByTestId("trend-chart")).toBeVisible();
  await expectNoAxeViolations(page);

  // The first non-zero count of the YTD table (this year's, or last year's same span).
  const links = page.getByTestId("figure-table-ytd").locator("a[data-figure]:not([data-figure='0'])");
  expect(await links.count()).toBeGreaterThan(0);
  const figure = links.first();
  const expected = Number(await figure.getAttribute("data-figure"));
  await figure.click();
  await expect(page).toHaveURL(/\/offences\?.*u25=yes/);
  await expect(page.getByTestId("offence-count")).toHaveAttribute("data-total", String(expected));
  await expect(page.getByTestId("offence-count")).toHaveText(
    `${expected.toLocaleString("en-GB")} ${expected === 1 ? "offence" : "offences"}`,
  );
  await expectNoAxeViolations(page);

  // A chosen as-at date stays in the URL, and the window says which spans are compared.
  await page.goBack();
  await fillDate(page, "As at", { day: "29", month: "Feb", year: "2024" });
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page).toHaveURL(/asAtDay=29&asAtMonth=Feb&asAtYear=2024/);
  await expect(page.getByTestId("window-summary")).toContainText(
    "1 Apr 2023 to 29 Feb 2024, compared with 1 Apr 2022 to 28 Feb 2023",
  );
  await expectDate(page, "As at", "2024-02-29");

  // A date that does not exist gets the error summary and stays in the boxes as typed.
  await fillDate(page, "As at", { day: "29", month: "2", year: "2023" });
  await page.getByRole("button", { name: "Show figures" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The as-at date must be a real date");
  await expect(page.locator("#asAt-error")).toContainText("The as-at date must be a real date");
  await expect(page).toHaveTitle(/^Error: /);
  await expectDate(page, "As at", { day: "29", month: "2", year: "2023" });
  await expectNoAxeViolations(page);
});

test("the chair exports a figures table as an audited disclosure and reads the returns", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "chair");
  await page.goto("/figures");
  await page.getByTestId("export-outcome-rate").click();
  const { reason, lines } = await downloadWithReason(
    page,
    "outcome-rate",
    "Strategic Police and Crime Board",
  );
  expect(lines).toContain("Year,From,To,Positive outcomes,Offences in scope,Outcome rate %");
  const audit = await queryE2eDatabase<{ category: string; entity: string }>(
    `select category::text, "entityId" as entity from "AuditEvent" where event = 'export.downloaded' and justification = $1`,
    [reason],
  );
  expect(audit).toEqual([{ category: "DISCLOSURE", entity: "outcome-rate" }]);

  await page.getByRole("link", { name: "Returns", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Returns");
  await expect(page.getByRole("table", { name: /Home Office quarterly return/ })).toBeVisible();
  await expect(page.getByRole("table", { name: /Serious Violence Duty/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("an investigator cannot download a figures CSV by posting to it", async ({ page }) => {
  await signInAs(page, "investigator");
  const before = await queryE2eDatabase<{ n: number }>(
    `select count(*)::int as n from "AuditEvent" where event = 'export.downloaded' and "entityType" = 'figures'`,
  );
  const response = await page.request.post("/figures/export/csv", {
    form: { table: "svd", reason: "Intruder", recipients: "Nobody" },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(403);
  const after = await queryE2eDatabase<{ n: number }>(
    `select count(*)::int as n from "AuditEvent" where event = 'export.downloaded' and "entityType" = 'figures'`,
  );
  expect(after).toEqual(before);
});
