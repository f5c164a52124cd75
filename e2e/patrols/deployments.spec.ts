import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 17: the analyst records a future period's randomised deployment once; a second record is a
// correction that needs a reason, supersedes the first and leaves it in place.

test.slow();

test("the analyst records a period's deployment, then corrects it with a reason", async ({ page }) => {
  await signInAs(page, "analyst");
  await page.goto("/patrols/deployments");
  // Periods with no record that have not ended offer "Record"; the newest is the furthest ahead.
  await page
    .getByRole("link", { name: /^Record P\d+$/ })
    .first()
    .click();
  await expect(page).toHaveURL(/period=\d{4}-\d{2}-\d{2}/);
  const period = new URL(page.url()).searchParams.get("period")!;
  const form = page.getByTestId("deployment-form");
  await expect(page.getByRole("heading", { name: /^Record the deployment of P\d+/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await form.getByLabel("Treatment hotspots").fill("HS01, HS02, HS99");
  await form.getByLabel("Control hotspots").fill("HS03");
  await form.getByRole("button", { name: "Record the deployment" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("No hotspot has the code HS99");
  const records = () =>
    queryE2eDatabase<{ id: number; supersedesId: number | null; reason: string | null }>(
      `select id, "supersedesId", reason from "PatrolDeployment" where "periodStart" = $1::date order by id`,
      [period],
    );
  expect(await records()).toEqual([]);

  await form.getByLabel("Treatment hotspots").fill("HS01, HS02");
  await form.getByRole("button", { name: "Record the deployment" }).click();
  await expect(page.getByTestId("deployment-saved")).toBeVisible();
  const [first] = await records();
  expect(first).toMatchObject({ supersedesId: null });

  // The period now has its record: only a correction, with its reason, can follow.
  await expect(page.getByRole("heading", { name: /^Correct the deployment of P\d+/ })).toBeVisible();
  await form.getByLabel("Treatment hotspots").fill("HS01");
  await form.getByLabel("Control hotspots").fill("HS02, HS03");
  await form.getByRole("button", { name: "Record the correction" }).click();
  await expect(page.locator(".govuk-error-summary")).toContainText("Say why the deployment is corrected");
  expect(await records()).toHaveLength(1);
  await form.getByLabel("Why the deployment is corrected").fill("HS02 was drawn twice in the randomisation");
  await form.getByRole("button", { name: "Record the correction" }).click();
  // The saved banner is still up from the first record: wait for the correction in the table.
  await expect(page.getByRole("table", { name: "Deployments by tactical period" })).toContainText(
    `Correction of record ${first!.id}`,
  );
  expect(await records()).toEqual([
    first,
    { id: expect.any(Number), supersedesId: first!.id, reason: "HS02 was drawn twice in the randomisation" },
  ]);
  await expectNoAxeViolations(page);
});
