import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { queryE2eDatabase } from "../support/database";

// Issue 2's "done": the app opens in Chromium and the home page is served from the database the
// start script brought up (embedded unless DATABASE_URL is set), with the demo data in it.

test("the home page shows this performance year's offences, counted from the database", async ({ page }) => {
  // 1 April of the performance year containing today (docs/domain.md: counted by recorded date).
  const [row] = await queryE2eDatabase<{ n: string }>(
    `select count(*) as n from "Offence"
      where "recordedOn" >= make_date(extract(year from current_date - interval '3 months')::int, 4, 1)
        and "recordedOn" <= current_date`,
  );
  const expected = Number(row!.n);
  expect(expected).toBeGreaterThan(1000);

  await signInAs(page, "chair");
  await expect(page.getByTestId("offences-this-year-value")).toHaveText(expected.toLocaleString("en-GB"));
});
