import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { expectDate, fillDate } from "../support/date-input";

// Issue 12, "Forms that reassure", and issue 16's dates and conflicts, on the meeting form (each
// test makes its own meeting, never the shared demo one): a request that fails says plainly that
// nothing was saved and keeps what was typed; a date that does not exist is refused and stays in
// the boxes; a conflict shows the saved values beside the user's and saving again works.

test.describe.configure({ timeout: 120_000 });

/** Signed in as the analyst, the new-meeting form filled in; returns its title, one of its own. */
async function fillNewMeeting(
  page: Page,
  titled: string,
  day: string | { day: string; month: string; year: string },
): Promise<string> {
  await signInAs(page, "analyst");
  await page.goto("/meetings/new");
  const title = `${titled} ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await fillDate(page, "Date", day);
  await page.getByLabel("Location").fill("Room 4, Little Park Street");
  await page.getByLabel("Chair", { exact: true }).selectOption({ index: 1 });
  return title;
}

const meetingsTitled = async (title: string) =>
  queryE2eDatabase<{ id: number; location: string; version: number }>(
    `select id, location, version from "Meeting" where title = $1`,
    [title],
  );

test("a save whose request fails says nothing was saved, keeps what was typed, and saving again works", async ({
  page,
}) => {
  const title = await fillNewMeeting(page, "Dropped request", "2027-05-04");

  // The server action's POST never reaches the server (a network drop).
  await page.route("**/meetings/new", (route) =>
    route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue(),
  );
  await page.getByRole("button", { name: "Save meeting" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toContainText("Nothing was saved");
  await expect(summary).toBeFocused();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByLabel("Location")).toHaveValue("Room 4, Little Park Street");
  await expectDate(page, "Date", "2027-05-04");
  expect(await meetingsTitled(title)).toEqual([]);
  await expectNoAxeViolations(page);

  // The network is back: the same form, unchanged, saves once.
  await page.unroute("**/meetings/new");
  await page.getByRole("button", { name: "Save meeting" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  expect(await meetingsTitled(title)).toHaveLength(1);
});

test("a meeting on 30 February is refused with the error summary, keeping what was typed, and nothing is stored", async ({
  page,
}) => {
  const title = await fillNewMeeting(page, "Not a day", { day: "30", month: "2", year: "2027" });
  await page.getByRole("button", { name: "Save meeting" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Date of the meeting must be a real date");
  await expect(page.locator("#heldOn-error")).toContainText("Date of the meeting must be a real date");
  await expectDate(page, "Date", { day: "30", month: "2", year: "2027" });
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expectNoAxeViolations(page);
  expect(await meetingsTitled(title)).toEqual([]);

  // "31/08/27" pasted into the day box fills all three.
  await page.getByRole("group", { name: "Date" }).getByLabel("Day", { exact: true }).fill("31/08/27");
  await expectDate(page, "Date", "2027-08-31");
  await page.getByRole("button", { name: "Save meeting" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  const [saved] = await queryE2eDatabase<{ day: string }>(
    `select to_char("heldAt" at time zone 'Europe/London', 'YYYY-MM-DD') as day from "Meeting" where title = $1`,
    [title],
  );
  expect(saved?.day).toBe("2027-08-31");
});

test("a conflict shows the saved values beside the user's, and saving again after reading them works", async ({
  browser,
  page,
}) => {
  const title = await fillNewMeeting(page, "Two editors", "2027-06-01");
  await page.getByRole("button", { name: "Save meeting" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  const [meeting] = await meetingsTitled(title);

  const other = await browser.newContext();
  try {
    const b = await other.newPage();
    await signInAs(b, "analyst");
    await page.goto(`/meetings/${meeting!.id}/edit`);
    await b.goto(`/meetings/${meeting!.id}/edit`);

    await page.getByLabel("Location").fill("Room A");
    await page.getByRole("button", { name: "Save meeting" }).click();
    await expect(page).toHaveURL(new RegExp(`/meetings/${meeting!.id}$`));

    const mine = `${title} (renamed)`;
    await b.getByLabel("Title").fill(mine);
    await b.getByRole("button", { name: "Save meeting" }).click();
    const summary = b.getByTestId("error-summary");
    await expect(summary).toContainText("saved this meeting");
    await expect(b.locator("#location-error")).toContainText(
      "you entered “Room 4, Little Park Street”, the saved value is “Room A”",
    );
    await expect(b.getByLabel("Title")).toHaveValue(mine);
    await expectNoAxeViolations(b);
    expect((await meetingsTitled(title))[0]).toMatchObject({ location: "Room A", version: 2 });

    // Having read the saved location, the second editor takes it and saves again: no reload.
    await b.getByLabel("Location").fill("Room A");
    await b.getByRole("button", { name: "Save meeting" }).click();
    await expect(b).toHaveURL(new RegExp(`/meetings/${meeting!.id}$`));
    expect((await meetingsTitled(mine))[0]).toMatchObject({ location: "Room A", version: 3 });
  } finally {
    await other.close();
  }
});
