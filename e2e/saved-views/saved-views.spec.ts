import { expect, test, type Page } from "@playwright/test";
import { signedInPage, signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { expectNameNotIn, expectNameNotInPage } from "../support/sealed-address";

// Issue 18, saved views: the analyst saves the offence list's filters, opens them again from the
// home and gets the same list; the chair shares a view and an analyst sees it, read-only.

const rows = (page: Page) => page.getByRole("table", { name: /^Offences/ }).locator("tbody tr");
/** Each row's first link (its crime reference), in order. */
const firstRefs = (page: Page) =>
  rows(page).evaluateAll((trs) => trs.map((tr) => tr.querySelector("a")?.textContent ?? ""));

async function saveView(page: Page, name: string) {
  await page.getByTestId("save-view-open").click();
  await page.getByLabel("Name this view").fill(name);
  await page.getByTestId("save-view").click();
  await expect(page.getByTestId("view-saved")).toBeVisible();
}

test("an analyst saves the offence list's filters and reopens them from the home", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "analyst");
  await page.goto("/offences");
  await page.getByRole("combobox", { name: "NPU", exact: true }).selectOption({ label: "Birmingham East" });
  await page.getByRole("combobox", { name: "Knife used", exact: true }).selectOption("yes");
  await page.getByTestId("apply-filters").click();
  await expect(page).toHaveURL(/npu=\d+.*knife=yes/);
  const listUrl = new URL(page.url());
  const count = await page.getByTestId("offence-count").innerText();
  const refs = await firstRefs(page);
  expect(refs.length).toBe(25);

  // A blank name is refused next to the field, and nothing is saved.
  await page.getByTestId("save-view-open").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Save a view");
  await page.getByTestId("save-view").click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter a name for the view");
  await expectNoAxeViolations(page);

  const name = `Knife in Birmingham East ${Date.now()}`;
  await page.getByLabel("Name this view").fill(name);
  await page.getByTestId("save-view").click();
  await expect(page.getByTestId("view-saved")).toBeVisible();
  const [row] = await queryE2eDatabase<{ id: number; query: string }>(
    `select v.id, v.query from "SavedView" v join "User" u on u.id = v."ownerId"
     where u.email = 'analyst@captiva.example' and v.name = $1`,
    [name],
  );
  // Stored as the list reads it: the same filters as the URL, nothing else.
  expect(new URLSearchParams(row!.query).get("knife")).toBe("yes");
  expect(new URLSearchParams(row!.query).get("npu")).toBe(listUrl.searchParams.get("npu"));
  // The form has a page of its own (its JavaScript stays off the list); back to the same list.
  await page.getByRole("link", { name: "Back to the list" }).click();
  await page.waitForURL((url) => url.pathname === "/offences");
  expect(new URL(page.url()).search).toBe(`?${row!.query}`);
  await expect(page.getByTestId("list-saved-views").getByRole("link", { name })).toBeVisible();

  await page.goto("/");
  const home = page.getByTestId("home-saved-views");
  await expect(home.getByRole("link", { name })).toBeVisible();
  await expectNoAxeViolations(page);
  await home.getByRole("link", { name }).click();
  await expect(page).toHaveURL(/\/offences\?/);
  expect(new URL(page.url()).search).toBe(`?${row!.query}`);
  await expect(page.getByTestId("offence-count")).toHaveText(count);
  expect(await firstRefs(page)).toEqual(refs);
  await expect(page.getByRole("combobox", { name: "Knife used", exact: true })).toHaveValue("yes");

  // Rename, then delete after the confirmation page.
  await page.goto("/views");
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: `Change ${name}` }).click();
  await expectNoAxeViolations(page);
  await page.getByLabel("Name", { exact: true }).fill(`${name} renamed`);
  await page.getByTestId("save-view-changes").click();
  await expect(page.getByTestId("own-views")).toContainText(`${name} renamed`);
  await page.getByRole("link", { name: `Delete ${name} renamed` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Delete the view");
  await expectNoAxeViolations(page);
  await page.getByTestId("confirm-delete-view").click();
  await expect(page).toHaveURL(/\/views\?deleted=1/);
  expect(await queryE2eDatabase(`select 1 from "SavedView" where id = $1`, [row!.id])).toHaveLength(0);
  const audit = await queryE2eDatabase<{ event: string }>(
    `select event from "AuditEvent" where "entityType" = 'saved-view' and "entityId" = $1 order by id`,
    [String(row!.id)],
  );
  expect(audit.map((a) => a.event)).toEqual([
    "saved-view.created",
    "saved-view.updated",
    "saved-view.deleted",
  ]);
});

test("the chair shares a view with the analysts, who see it read-only and marked", async ({ browser }) => {
  test.setTimeout(120_000);
  const chair = await signedInPage(browser, "chair");
  await chair.goto("/offences?knife=yes&u25=yes");
  const name = `Forum knife U25 ${Date.now()}`;
  await saveView(chair, name);
  await chair.goto("/views");
  await chair.getByRole("link", { name: `Change ${name}` }).click();
  await chair.getByLabel("Share with the forum's analysts (they cannot change it)").check();
  await chair.getByTestId("save-view-changes").click();
  await expect(chair.getByTestId("own-views")).toContainText("With analysts");
  const [{ chairName, id }] = (await queryE2eDatabase<{ chairName: string; id: number }>(
    `select u.name as "chairName", v.id from "SavedView" v join "User" u on u.id = v."ownerId" where v.name = $1`,
    [name],
  )) as [{ chairName: string; id: number }];

  const analyst = await signedInPage(browser, "analyst");
  const home = analyst.getByTestId("home-saved-views");
  const item = home.getByTestId("saved-view").filter({ hasText: name });
  await expect(item.getByTestId("shared-by")).toHaveText(`Shared by ${chairName}`);
  await item.getByRole("link", { name }).click();
  await expect(analyst).toHaveURL(/\/offences\?knife=yes&u25=yes$/);
  await analyst.goto("/views");
  await expect(analyst.getByTestId("shared-views")).toContainText(name);
  await expect(analyst.getByRole("link", { name: `Change ${name}` })).toHaveCount(0);
  await expectNoAxeViolations(analyst);
  // Read-only: the change page of someone else's view is not found.
  const edit = await analyst.goto(`/views/${id}/edit`);
  expect(edit?.status()).toBe(404);

  // Neither the investigator nor a partner is an analyst: the view is not theirs to open.
  const investigator = await signedInPage(browser, "investigator");
  expect((await investigator.goto(`/views/${id}`))?.status()).toBe(404);
  const partner = await signedInPage(browser, "partner");
  expect((await partner.goto(`/views/${id}`))?.status()).toBe(404);
  await partner.goto("/referrals");
  await expect(partner.getByTestId("saved-views")).toBeVisible();
  await expectNoAxeViolations(partner);
});

test("a person's name in the offence list's filters never stands in an address: the list, its links, the save page, the saved view", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const [linked] = await queryE2eDatabase<{ surname: string }>(
    `select p.surname from "Person" p join "OffencePerson" op on op."personId" = p.id
     where op."removedAt" is null and p."mergedIntoId" is null and p.surname ~ '^[A-Za-z]{4,}$'
     order by p.id limit 1`,
  );
  const surname = linked!.surname;
  await signInAs(page, "analyst");
  await page.goto("/offences");
  await page.getByLabel("Person name").fill(surname);
  await page.getByRole("combobox", { name: "Knife used", exact: true }).selectOption("yes");
  await page.getByTestId("apply-filters").click();
  // The name comes back sealed to the user; the other filters stay plain, so the list is still a link.
  await expect(page).toHaveURL(/\/offences\?.*knife=yes.*sealed=[A-Za-z0-9_-]+/);
  expectNameNotIn(page.url(), surname);
  await expect(page.getByLabel("Person name")).toHaveValue(surname);
  const count = await page.getByTestId("offence-count").innerText();
  const sealedUrl = page.url();
  // Every link the page makes carries the token, never the name.
  await expectNameNotInPage(page, surname, ["/offences", "/views"]);

  // The save page and its way back.
  await page.getByTestId("save-view-open").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Save a view");
  expectNameNotIn(page.url(), surname);
  const name = `Named person ${Date.now()}`;
  await page.getByLabel("Name this view").fill(name);
  await page.getByTestId("save-view").click();
  await expect(page.getByTestId("view-saved")).toBeVisible();
  const [row] = await queryE2eDatabase<{ query: string }>(`select query from "SavedView" where name = $1`, [
    name,
  ]);
  expect(new URLSearchParams(row!.query).get("name")).toBe(surname);

  // Reopened from the list of views: the same list, the name sealed again.
  await page.goto("/views");
  await page.getByRole("link", { name, exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/offences");
  expectNameNotIn(page.url(), surname);
  await expect(page.getByTestId("offence-count")).toHaveText(count);
  await expect(page.getByLabel("Person name")).toHaveValue(surname);

  // Another user given the address learns nothing and searches nothing by it.
  const other = await signedInPage(browser, "chair");
  await other.goto(sealedUrl);
  await expect(other.getByLabel("Person name")).toHaveValue("");
  // A name sent in plain text (an old or crafted link) is not searched either.
  await page.goto(`/offences?name=${encodeURIComponent(surname)}`);
  await expect(page.getByLabel("Person name")).toHaveValue("");
});
