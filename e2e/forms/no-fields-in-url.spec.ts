import { expect, test } from "@playwright/test";
import { signedInPage } from "../support/accounts";
import { queryE2eDatabase } from "../support/database";

// Issue 13.5: a form submitted before the page's JavaScript has run (or with JavaScript off) must
// never put what was typed into the URL, where it would land in history, proxies and server logs.
// Signed in with JavaScript on (the sign-in form is another piece of work), then the same session
// in a context with JavaScript disabled, so each form is submitted natively by the browser.

function expectNothingInUrl(url: string, typed: string[]) {
  const decoded = decodeURIComponent(url);
  for (const value of typed) expect(decoded).not.toContain(value);
  expect(new URL(url).search).toBe("");
}

test("the intelligence form submitted without JavaScript sends nothing in the URL and saves nothing", async ({
  browser,
}) => {
  const noJs = await signedInPage(browser, "analyst", { javaScript: false });
  const token = `Nojs-${Date.now()}`;
  await noJs.goto("/intelligence/new");
  await expect(noJs.getByRole("heading", { level: 1 })).toHaveText("Submit intelligence");
  await noJs.getByLabel("Sanitised intelligence text").fill(`${token} seen near the canal`);
  await noJs.getByLabel("Location (optional)").fill(`${token}-place`);
  await noJs.getByRole("button", { name: "Submit intelligence" }).click();
  await noJs.waitForLoadState("load");
  expectNothingInUrl(noJs.url(), [token, "text=", "locationText="]);
  const rows = await queryE2eDatabase(`select id from "IntelligenceItem" where text like $1`, [`${token}%`]);
  expect(rows).toEqual([]);
  await noJs.context().close();
});

test("the meeting form submitted without JavaScript sends nothing in the URL and saves nothing", async ({
  browser,
}) => {
  const noJs = await signedInPage(browser, "analyst", { javaScript: false });
  const token = `Nojs meeting ${Date.now()}`;
  await noJs.goto("/meetings/new");
  await expect(noJs.getByRole("heading", { level: 1 })).toHaveText("Schedule a meeting");
  await noJs.getByLabel("Title").fill(token);
  await noJs.getByLabel("Location").fill("Room 4, Little Park Street");
  await noJs.getByRole("button", { name: "Save meeting" }).click();
  await noJs.waitForLoadState("load");
  expectNothingInUrl(noJs.url(), [token, "Little Park", "title=", "location="]);
  const rows = await queryE2eDatabase(`select id from "Meeting" where title = $1`, [token]);
  expect(rows).toEqual([]);
  await noJs.context().close();
});
