import { expect, test, type Page } from "@playwright/test";
import { signedInPage, signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { fillDate } from "../support/date-input";

// Issue 15 (≤ 150 KB of JavaScript per route): a form's code (the form and react-hook-form) loads
// when the user starts on the form, not with the page (components/forms/deferred-form.tsx). The
// server's form is there and usable from the start: what is typed before the code arrives is kept
// and saved, and a submit made then is held and made once, when the form is live. The code is held
// back here (every script asked for after the page loaded waits) so all of that happens before it.

/** A string only react-hook-form's code holds (an option name, which minifying keeps). */
const RHF_MARK = "shouldUnregister";

// Signing in, axe and a held-back script make these slower than most on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** Opens the page and returns the scripts it loaded, each with whether it holds react-hook-form. */
async function openPage(page: Page, path: string) {
  const scripts: string[] = [];
  const onRequest = (r: { url(): string; resourceType(): string }) => {
    if (r.resourceType() === "script") scripts.push(r.url());
  };
  page.on("request", onRequest);
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  page.off("request", onRequest);
  return scripts;
}

async function holdsFormCode(page: Page, scripts: readonly string[]): Promise<boolean> {
  for (const url of scripts) if ((await (await page.request.get(url)).text()).includes(RHF_MARK)) return true;
  return false;
}

/** From now on every script the page asks for waits until release() is called. */
async function holdNewScripts(page: Page) {
  const asked: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.*\.js(\?.*)?$/, async (route) => {
    asked.push(route.request().url());
    await gate;
    await route.continue();
  });
  return { asked, release };
}

/**
 * Signed in, opens the page (the server's form there, react-hook-form not loaded, axe passing), holds
 * back every script asked for from then on, and types `text` in the first field: that focus asks
 * for the form's code, which waits, so whatever the test does next is done before it arrives.
 */
async function startBeforeTheCode(page: Page, path: string, first: string, text: string) {
  await signInAs(page, "analyst");
  const atLoad = await openPage(page, path);
  await expect(page.getByLabel(first)).toBeVisible();
  expect(await holdsFormCode(page, atLoad)).toBe(false);
  await expectNoAxeViolations(page);
  const { asked, release } = await holdNewScripts(page);
  await page.getByLabel(first).fill(text);
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  return { asked, release };
}

/** Enter, twice, in `label` before the code arrived: held, so not posted natively (no reload, nothing in the URL). */
async function enterTwiceHeld(page: Page, label: string, path: string) {
  await page.getByLabel(label).press("Enter");
  await page.getByLabel(label).press("Enter");
  await page.waitForTimeout(500);
  expect(new URL(page.url()).pathname).toBe(path);
  expect(new URL(page.url()).search).toBe("");
}

const intelTexts = async (token: string) =>
  queryE2eDatabase<{ text: string; locationText: string; grading: string }>(
    `select text, "locationText", concat("sourceEvaluation", ' ', assessment, ' ', "handlingCode") as grading
     from "IntelligenceItem" where text like $1`,
    [`${token}%`],
  );

const meetingsTitled = async (title: string) =>
  queryE2eDatabase<{ location: string; day: string }>(
    `select location, to_char("heldAt" at time zone 'Europe/London', 'YYYY-MM-DD') as day
     from "Meeting" where title = $1`,
    [title],
  );

test("the intelligence form's code loads on first focus; what was typed before it arrived, and Enter, are kept and saved once", async ({
  page,
}) => {
  const token = `Deferred-${Date.now()}`;
  const text = `${token} seen near the canal`;
  const { asked, release } = await startBeforeTheCode(
    page,
    "/intelligence/new",
    "Sanitised intelligence text",
    text,
  );
  await page.getByLabel("Day").fill("20");
  await page.getByLabel("Month").fill("11");
  await page.getByLabel("Year").fill("2026");
  await page.getByLabel("1 – reliable").check();
  await page.getByLabel("A – known directly to the source").check();
  await page.getByLabel("P – lawful sharing permitted").check();
  await page.getByLabel("Location (optional)").fill(`${token}-place`);
  await enterTwiceHeld(page, "Location (optional)", "/intelligence/new");
  expect(await intelTexts(token)).toEqual([]);
  expect(await holdsFormCode(page, asked)).toBe(true);

  release();
  await expect(page.getByTestId("intel-submitted")).toBeVisible();
  await expect(page.getByTestId("intel-text")).toContainText(text);
  expect(await intelTexts(token)).toEqual([{ text, locationText: `${token}-place`, grading: "S1 A P" }]);
  await expectNoAxeViolations(page);
});

test("the meeting form's code loads on first focus; values typed before it arrived and a double Enter save one meeting", async ({
  page,
}) => {
  const title = `Deferred meeting ${Date.now()}`;
  const { asked, release } = await startBeforeTheCode(page, "/meetings/new", "Title", title);
  await fillDate(page, "Date", "2031-06-12");
  await page.getByLabel("Start time").fill("10:00");
  await page.getByLabel("Chair", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Location").fill("Committee room 3");
  await enterTwiceHeld(page, "Location", "/meetings/new");
  expect(await meetingsTitled(title)).toEqual([]);
  expect(await holdsFormCode(page, asked)).toBe(true);

  release();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
  expect(await meetingsTitled(title)).toEqual([{ location: "Committee room 3", day: "2031-06-12" }]);
});

test("reached by a client-side navigation, the meeting form loads at once and saves", async ({ page }) => {
  await signInAs(page, "analyst");
  await page.goto("/meetings");
  await page.getByRole("link", { name: "Schedule a meeting" }).click();
  await page.waitForURL("**/meetings/new");
  await expect(page.getByLabel("Title")).toBeVisible();
  await expectNoAxeViolations(page);
  const title = `Deferred by link ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await fillDate(page, "Date", "2031-06-13");
  await page.getByLabel("Start time").fill("11:00");
  await page.getByLabel("Chair", { exact: true }).selectOption({ index: 1 });
  await page.getByLabel("Location").fill("Committee room 4");
  await page.getByRole("button", { name: "Save meeting" }).click();
  await expect(page).toHaveURL(/\/meetings\/\d+$/);
  expect(await meetingsTitled(title)).toEqual([{ location: "Committee room 4", day: "2031-06-13" }]);
});

type OffenceRow = {
  id: number;
  crimeReference: string;
  summary: string;
  latitude: number | null;
  knifeUsed: boolean;
};
/** An offence with a map point (the 38th, away from the ones other specs edit), or the one given. */
const offenceRow = async (id?: number) =>
  (
    await queryE2eDatabase<OffenceRow>(
      `select id, "crimeReference", summary, latitude, "knifeUsed" from "Offence"
       where ${id === undefined ? "latitude is not null order by id offset 37" : "id = $1"} limit 1`,
      id === undefined ? [] : [id],
    )
  )[0]!;

test("an edit form shows the record's values before its code loads, and a change made then saves only that change", async ({
  page,
}) => {
  const before = await offenceRow();
  const path = `/offences/${before.id}/edit`;
  await signInAs(page, "analyst");
  const atLoad = await openPage(page, path);
  expect(await holdsFormCode(page, atLoad)).toBe(false);
  // The server's HTML, as it stands before any script of the form: the stored values, not empty boxes.
  await expect(page.getByLabel("Crime reference")).toHaveValue(before.crimeReference);
  await expect(page.getByLabel("Latitude")).toHaveValue(String(before.latitude));
  await expect(page.getByLabel("Summary (optional)")).toHaveValue(before.summary);
  await expectNoAxeViolations(page);

  const { asked, release } = await holdNewScripts(page);
  const summary = `Deferred edit ${Date.now()}`;
  await page.getByLabel("Summary (optional)").fill(summary);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  expect((await offenceRow(before.id)).summary).toBe(before.summary);

  release();
  await expect(page).toHaveURL(new RegExp(`/offences/${before.id}(\\?|$)`));
  expect(await offenceRow(before.id)).toEqual({ ...before, summary });
});

test("without JavaScript, an edit form shows what is stored: the intelligence grading's radios are ticked", async ({
  browser,
}) => {
  const [item] = await queryE2eDatabase<{ id: number; sourceEvaluation: string; assessment: string }>(
    `select id, "sourceEvaluation"::text, assessment::text from "IntelligenceItem" order by id limit 1`,
  );
  const page = await signedInPage(browser, "analyst", { javaScript: false });
  await page.goto(`/intelligence/${item!.id}/grade`);
  const checked = async (legend: string) =>
    page.getByRole("group", { name: legend }).locator("input:checked").getAttribute("value");
  expect(await checked("Source evaluation")).toBe(item!.sourceEvaluation);
  expect(await checked("Intelligence assessment")).toBe(item!.assessment);
  await page.context().close();
});
