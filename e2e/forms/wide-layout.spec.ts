import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";

// Issue 12, "Room for the tables": list and register pages use the full page width (MOJ's wide
// layout), so the offence list shows all its columns at 1280 px without scrolling sideways.

test.use({ viewport: { width: 1280, height: 900 } });
test.describe.configure({ timeout: 120_000 });

test("the offence list shows every column at 1280 px, within the page", async ({ page }) => {
  await signInAs(page, "analyst");
  await page.goto("/offences");
  const table = page.getByTestId("offence-table");
  await expect(table).toBeVisible();
  const container = await page
    .locator("#main-content")
    .evaluate((main) => main.parentElement!.getBoundingClientRect().width);
  expect(container).toBeGreaterThan(1100);
  const headers = table.locator("thead th");
  const count = await headers.count();
  expect(count).toBeGreaterThanOrEqual(8);
  for (let i = 0; i < count; i++) {
    const box = await headers.nth(i).boundingBox();
    expect(box, `column ${i + 1}`).not.toBeNull();
    expect(box!.x + box!.width, `column ${i + 1} ends inside the window`).toBeLessThanOrEqual(1280);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await expectNoAxeViolations(page);
});

test("the actions, intelligence and referral registers use the wide layout; record pages do not", async ({
  page,
}) => {
  await signInAs(page, "analyst");
  for (const path of ["/actions", "/intelligence", "/referrals/effectiveness"]) {
    await page.goto(path);
    const width = await page
      .locator("#main-content")
      .evaluate((main) => main.parentElement!.getBoundingClientRect().width);
    expect(width, path).toBeGreaterThan(1100);
  }
  await page.goto("/meetings");
  const narrow = await page
    .locator("#main-content")
    .evaluate((main) => main.parentElement!.getBoundingClientRect().width);
  expect(narrow).toBeLessThanOrEqual(960);
});
