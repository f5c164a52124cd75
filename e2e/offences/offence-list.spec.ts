import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { downloadWithReason } from "../support/csv-export";
import { queryE2eDatabase } from "../support/database";

// Issue 4, offence list: filters, count, paging, the back button, sorting and the audited export,
// as the analyst, against the demo data.

const rows = (page: Page) => page.getByRole("table", { name: /^Offences/ }).locator("tbody tr");

test("an analyst filters, pages, goes back, sorts and exports the offence list", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "analyst");
  await page.getByRole("link", { name: "Offences", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offences");
  await expectNoAxeViolations(page);

  // Comboboxes: the table settings have checkboxes with the same names (the columns).
  await page.getByRole("combobox", { name: "NPU", exact: true }).selectOption({ label: "Birmingham East" });
  await page.getByRole("combobox", { name: "Knife used", exact: true }).selectOption("yes");
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(/npu=\d+.*knife=yes/);
  const count = (
    await queryE2eDatabase<{ count: number }>(
      `select count(*)::int as count from "Offence" o join "Npu" n on n.id = o."npuId"
       where n.name = 'Birmingham East' and o."knifeUsed"`,
    )
  )[0]!.count;
  expect(count).toBeGreaterThan(25);
  await expect(page.getByTestId("offence-count")).toHaveText(`${count.toLocaleString("en-GB")} offences`);
  await expect(page.getByRole("link", { name: "Remove this filter: Knife used: Yes" })).toBeVisible();
  await expect(rows(page)).toHaveCount(25);
  const firstOnPage1 = await rows(page).first().getByRole("link").first().innerText();

  const pages = page.getByRole("navigation", { name: "Offence list pages" });
  await pages.getByRole("link", { name: "Page 2", exact: true }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pages.getByRole("link", { name: "Page 2", exact: true })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(rows(page).first().getByRole("link").first()).not.toHaveText(firstOnPage1);

  await page.goBack();
  await expect(page).not.toHaveURL(/page=2/);
  await expect(page).toHaveURL(/npu=\d+.*knife=yes/);
  await expect(rows(page).first().getByRole("link").first()).toHaveText(firstOnPage1);
  await expect(page.getByTestId("offence-count")).toHaveText(`${count.toLocaleString("en-GB")} offences`);
  await expect(page.getByRole("combobox", { name: "Knife used", exact: true })).toHaveValue("yes");

  const header = page.getByRole("columnheader", { name: "Crime reference" });
  await expect(page.getByRole("columnheader", { name: "Recorded" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await header.getByRole("link").click();
  await expect(page).toHaveURL(/sort=reference&dir=asc/);
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const lowest = (
    await queryE2eDatabase<{ crime_reference: string }>(
      `select o."crimeReference" as crime_reference from "Offence" o join "Npu" n on n.id = o."npuId"
       where n.name = 'Birmingham East' and o."knifeUsed" order by o."crimeReference" limit 1`,
    )
  )[0]!.crime_reference;
  await expect(rows(page).first().getByRole("link").first()).toHaveText(lowest);
  await expectNoAxeViolations(page);

  await page.getByTestId("export-link").click();
  const { reason, lines } = await downloadWithReason(page, "offences", "Knife crime analysts");
  expect(lines).toHaveLength(count + 2);

  const audit = await queryE2eDatabase<{ category: string; recipients: string }>(
    `select category::text, recipients from "AuditEvent" where event = 'export.downloaded' and justification = $1`,
    [reason],
  );
  expect(audit).toEqual([{ category: "DISCLOSURE", recipients: "Knife crime analysts" }]);
});
