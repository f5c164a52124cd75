import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 4, "Done means": a merge is done and undone. Also the s.62 reason page on the way.

// A long journey with several axe scans on a production build: more than the 30 s default.
test.describe.configure({ timeout: 120_000 });

test("an analyst merges two person records and undoes the merge", async ({ page }) => {
  // The newest persons, well away from the ones other specs use.
  const people = await queryE2eDatabase<{ id: number }>(
    `select id from "Person" where "mergedIntoId" is null order by id desc limit 2`,
  );
  const [a, b] = [people[1]!.id, people[0]!.id];
  const linksOfB = async () =>
    Number(
      (
        await queryE2eDatabase<{ n: string }>(
          `select count(*) as n from "OffencePerson" where "personId" = $1 and "removedAt" is null`,
          [b],
        )
      )[0]!.n,
    );
  const bLinks = await linksOfB();

  await signInAs(page, "analyst");
  await page.goto(`/persons/merge?a=${a}&b=${b}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Merge duplicate person records");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Merge these records" }).click();

  // Opening the survivor asks why first (s.62); an empty answer gets the error summary.
  await expect(page).toHaveURL(new RegExp(`/persons/${a}\\?merged=1$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why are you opening this record?");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Continue to the record" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Select why you need to view this record");
  await page.getByLabel("Safeguarding or risk assessment").check();
  await page.getByRole("button", { name: "Continue to the record" }).click();

  await expect(page.getByTestId("merge-done")).toBeVisible();
  await expect(page.getByTestId("merged-from")).toBeVisible();
  await expectNoAxeViolations(page);
  const [merged] = await queryE2eDatabase<{ mergedIntoId: number | null }>(
    `select "mergedIntoId" from "Person" where id = $1`,
    [b],
  );
  expect(merged!.mergedIntoId).toBe(a);
  expect(await linksOfB()).toBe(0);
  const [view] = await queryE2eDatabase<{ justification: string }>(
    `select justification from "AuditEvent" where event = 'person.viewed' and "entityId" = $1 order by id desc limit 1`,
    [String(a)],
  );
  expect(view!.justification).toBe("Safeguarding or risk assessment");

  await page
    .getByTestId("merged-from")
    .getByRole("button", { name: /Undo merge/ })
    .click();
  await expect(page.getByTestId("merge-undone")).toBeVisible();
  const [restored] = await queryE2eDatabase<{ mergedIntoId: number | null }>(
    `select "mergedIntoId" from "Person" where id = $1`,
    [b],
  );
  expect(restored!.mergedIntoId).toBeNull();
  expect(await linksOfB()).toBe(bLinks);
});
