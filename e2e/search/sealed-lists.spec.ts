import { expect, test } from "@playwright/test";
import { signedInPage, signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { expectNameNotIn, expectNameNotInPage } from "../support/sealed-address";

// Issue 18: names never stand in an address (browser history, proxy logs). The decision log's
// person and words: the form posts, the page comes back sealed to the user, and its page links
// carry the token, never the name. (The offence list, register, referral list and saved views are
// covered in their own specs.)

test("the chair searches the decision log by a person's name and the name never stands in the address", async ({
  page,
  browser,
}) => {
  const [decided] = await queryE2eDatabase<{ surname: string }>(
    `select p.surname from "Decision" d join "Person" p on p.id = d."personId"
      where p.surname ~ '^[A-Za-z]{4,}$' order by d.id limit 1`,
  );
  test.skip(!decided, "the demo data has no decision about a person");
  const surname = decided!.surname;
  await signInAs(page, "chair");
  await page.goto("/decisions");
  await page.getByLabel("Person (name)").fill(surname);
  await page.getByTestId("decision-search").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/decisions\?sealed=[A-Za-z0-9_-]+$/);
  expectNameNotIn(page.url(), surname);
  await expect(page.getByLabel("Person (name)")).toHaveValue(surname);
  await expect(page.getByTestId("decision").first()).toContainText(new RegExp(surname, "i"));
  await expectNameNotInPage(page, surname, ["/decisions"]);
  await expectNoAxeViolations(page);

  // The address opens nothing for another user, and a name sent plain is not searched.
  const sealedUrl = page.url();
  const analyst = await signedInPage(browser, "analyst");
  await analyst.goto(sealedUrl);
  await expect(analyst.getByLabel("Person (name)")).toHaveValue("");
  await page.goto(`/decisions?person=${encodeURIComponent(surname)}`);
  await expect(page.getByLabel("Person (name)")).toHaveValue("");
});
