import { expect, test } from "@playwright/test";
import { signedInPage, signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { demoAccount } from "../../lib/reference/demo-accounts";

// Issue 15: the officer-in-charge filter is a type-ahead (an ARIA combobox) rather than a select
// of every officer, and without JavaScript a plain text field that filters by name.

const officer = async () =>
  (
    await queryE2eDatabase<{ id: number; name: string; count: number }>(
      `select u.id, u.name, (select count(*)::int from "Investigation" i where i."oicId" = u.id) as count
     from "User" u where u.email = $1`,
      [demoAccount("investigator").email],
    )
  )[0]!;

test("an analyst picks the officer in charge from the type-ahead", async ({ page }) => {
  test.setTimeout(90_000);
  const { id, name, count } = await officer();
  await signInAs(page, "analyst");
  await page.goto("/offences");
  // No officer list is sent with the page.
  expect(await page.locator("select#oic").count()).toBe(0);

  const box = page.getByRole("combobox", { name: "Officer in charge" });
  const surname = name.split(" ").at(-1)!;
  await box.fill(surname.slice(0, 5));
  const option = page.getByRole("option", { name });
  await expect(option).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await expectNoAxeViolations(page);
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await option.click();
  await expect(box).toHaveValue(name);
  await page.getByTestId("apply-filters").click();

  await expect(page).toHaveURL(new RegExp(`[?&]oic=${id}(&|$)`));
  await expect(page.getByTestId("offence-count")).toHaveAttribute("data-total", String(count));
  await expect(
    page.getByRole("link", { name: `Remove this filter: Officer in charge: ${name}` }),
  ).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Officer in charge" })).toHaveValue(name);
});

test("without JavaScript the officer filter is a text field that filters by name", async ({ browser }) => {
  test.setTimeout(90_000);
  const { name, count } = await officer();
  const page = await signedInPage(browser, "analyst", { javaScript: false });
  await page.goto("/offences");
  const field = page.getByRole("textbox", { name: "Officer in charge" });
  await field.fill(name);
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(/[?&]oic=/);
  // Every word typed must be in the officer's name (as the person-name filter).
  const words = name.toLowerCase().split(/\s+/);
  const expected = (
    await queryE2eDatabase<{ count: number }>(
      `select count(*)::int as count from "Investigation" i join "User" u on u.id = i."oicId"
       where ${words.map((_, n) => `strpos(lower(u.name), $${n + 1}) > 0`).join(" and ")}`,
      words,
    )
  )[0]!.count;
  expect(expected).toBeGreaterThanOrEqual(count);
  await expect(page.getByTestId("offence-count")).toHaveAttribute("data-total", String(expected));
  await expect(
    page.getByRole("link", { name: `Remove this filter: Officer in charge: ${name}` }),
  ).toBeVisible();
  await page.context().close();
});
