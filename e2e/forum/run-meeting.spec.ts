import { readFile } from "node:fs/promises";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signInAs as signInQuickly } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { pdfPageTexts } from "../../lib/testing/pdf-text";
import { demoAccount } from "../../lib/reference/demo-accounts";

// Issue 6, end to end: the analyst generates and curates the pack for the upcoming demo meeting, the
// chair publishes it and downloads the PDF, runs the meeting (attendance, a note saved as typed and
// restored after a reload, n/p between items, a decision, an action for the investigator), closes
// it; the investigator completes the action from "My actions" with a result note; the minutes (page
// and PDF) list both. axe on every page.

test.describe.configure({ mode: "serial" });
// Publishing a pack of a few hundred items and the first render of each page are slow on a loaded
// machine; the assertions wait longer rather than retry.
const expect = baseExpect.configure({ timeout: 45_000 });

let meetingId: number;
const DECISION = "Prioritise the CCTV trawl around the scene";
const ACTION = "Complete the CCTV trawl and report to the forum";
const RESULT = "CCTV recovered from three premises; suspect vehicle identified.";
const investigator = demoAccount("investigator");

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The shared sign-in, given longer for the first render of a role's home on a loaded machine. */
async function signInAs(page: Page, key: Parameters<typeof signInQuickly>[1]) {
  await signInQuickly(page, key).catch(async () => {
    await expect(page.getByTestId("signed-in-user")).toBeVisible();
  });
}

test.beforeAll(async () => {
  const rows = await queryE2eDatabase<{ id: number }>(`SELECT id FROM "Meeting" WHERE status = 'DRAFT' ORDER BY "heldAt" LIMIT 1`);
  meetingId = rows[0]!.id;
});

test("the analyst generates and curates the pack; the chair publishes it and downloads the PDF", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "analyst");
  await page.goto(`/meetings/${meetingId}`);
  await page.getByRole("button", { name: "Generate proposed items" }).click();
  await expect(page.getByTestId("pack-message")).toContainText("proposed items added");
  await expectNoAxeViolations(page);
  await page.context().clearCookies();

  await signInAs(page, "chair");
  await page.goto(`/meetings/${meetingId}`);
  await page.getByRole("button", { name: "Publish pack" }).click();
  await expect(page.getByTestId("pack-message")).toContainText("is published");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download PDF" }).click()]);
  const pages = await pdfPageTexts(await readFile((await download.path())!));
  expect(pages.length).toBeGreaterThan(1);
  for (const text of pages) expect(text).toContain("OFFICIAL-SENSITIVE");
});

test("the chair takes attendance, notes an item (saved as typed), decides and raises an action, and closes", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, "chair");
  await page.goto(`/meetings/${meetingId}/run`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoAxeViolations(page);

  // Attendance at the start: a missing answer is named, then everyone present.
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("is present, gave apologies or is absent");
  const presents = page.getByTestId("attendance-form").getByLabel("Present", { exact: true });
  for (let i = 0; i < (await presents.count()); i++) await presents.nth(i).check();
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await expect(page.getByText(/item 1 of \d+/)).toBeVisible();
  await expectNoAxeViolations(page);

  // n and p step between items, but not while typing in the note.
  const firstTitle = await page.getByRole("heading", { level: 1 }).innerText();
  await page.locator("body").press("n");
  await expect(page.getByText(/item 2 of \d+/)).toBeVisible();
  await page.locator("body").press("p");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstTitle);

  const note = page.getByLabel("Discussion note");
  await note.fill("OIC briefed: CCTV trawl outstanding.");
  await note.press("n"); // typed into the note, not a navigation
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(firstTitle);
  await expect(page.getByTestId("discussion-status")).toContainText("Saved at");
  await page.getByLabel("Mark this item as discussed").check();
  await expect(page.getByTestId("discussion-status")).toContainText("Saved at");

  // Typed and the page closed before the autosave: restored from the browser and saved.
  await note.fill("OIC briefed: CCTV trawl outstanding. Added just before the browser closed.");
  await page.reload();
  await expect(page.getByLabel("Discussion note")).toHaveValue(/Added just before the browser closed/);
  await expect(page.getByTestId("discussion-status")).toContainText("Saved at");
  const [saved] = await queryE2eDatabase<{ discussionNote: string; discussed: boolean }>(
    `SELECT "discussionNote", discussed FROM "AgendaItem" WHERE "meetingId" = $1 ORDER BY position LIMIT 1`,
    [meetingId],
  );
  expect(saved).toEqual({ discussionNote: "OIC briefed: CCTV trawl outstanding. Added just before the browser closed.", discussed: true });

  // A decision with its rationale, then an action from it; a past due date is refused first.
  await page.getByLabel("Decision", { exact: true }).fill(DECISION);
  await page.getByLabel("Rationale").fill("Footage is overwritten after 31 days.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId("item-decision")).toContainText(DECISION);

  await page.getByText("Raise an action").click();
  const form = page.getByTestId("raise-action-form");
  await form.getByLabel("Action", { exact: true }).fill(ACTION);
  await form.getByLabel("Owner").selectOption({ label: `${investigator.name} (Investigator)` });
  await form.getByLabel("Due date").fill("2020-01-01");
  await form.getByLabel("From decision (optional)").selectOption({ label: DECISION });
  await form.getByRole("button", { name: "Raise action" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("The due date must be today or in the future");
  await expect(form.getByLabel("Action", { exact: true })).toHaveValue(ACTION);
  await form.getByLabel("Due date").fill(future(14));
  await form.getByRole("button", { name: "Raise action" }).click();
  await expect(page.getByTestId("item-actions")).toContainText(ACTION);
  await expectNoAxeViolations(page);

  await page.goto(`/meetings/${meetingId}/run`);
  await page.getByRole("button", { name: "Close the meeting" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${meetingId}/minutes$`));
  await expect(page.getByTestId("minutes-decision")).toContainText(DECISION);
  await expect(page.getByTestId("minutes-actions")).toContainText(ACTION);
  await expectNoAxeViolations(page);
});

test("the investigator sees the action in My actions and completes it with a result note", async ({ page }) => {
  test.setTimeout(120_000);
  const [action] = await queryE2eDatabase<{ id: number; owner: string; status: string }>(
    `SELECT a.id, u.email AS owner, a.status::text AS status FROM "ActionItem" a JOIN "User" u ON u.id = a."ownerId" WHERE a.title = $1`,
    [ACTION],
  );
  expect(action).toMatchObject({ owner: investigator.email, status: "OPEN" });
  await signInAs(page, "investigator");
  await page.goto("/");
  await expect(page.getByTestId("my-actions")).toContainText(ACTION);
  await expect(page.getByTestId("notifications-link")).toContainText("unread");
  await page.goto(`/actions/${action!.id}`);
  await expectNoAxeViolations(page);

  await page.getByLabel("Completed").check();
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter the result of the action");
  await page.getByLabel("Result").fill(RESULT);
  await page.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByTestId("action-updates")).toContainText(RESULT);
  await expect(page.locator(".govuk-summary-list")).toContainText("Completed");
  await expectNoAxeViolations(page);

  await page.goto("/actions?status=all");
  await expect(page.getByTestId("action-table")).toContainText(ACTION);
  await expectNoAxeViolations(page);
  await page.goto("/notifications");
  await expectNoAxeViolations(page);
});

test("the closed meeting's minutes list the decision and the completed action; the PDF downloads", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "chair");
  await page.goto(`/meetings/${meetingId}/minutes`);
  await expect(page.getByTestId("minutes-decision")).toContainText(DECISION);
  await expect(page.getByTestId("minutes-actions")).toContainText(ACTION);
  await expect(page.getByTestId("minutes-actions")).toContainText("Completed");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the minutes (PDF)" }).click(),
  ]);
  const pages = await pdfPageTexts(await readFile((await download.path())!));
  const whole = pages.join(" ").replace(/\s+/g, " ");
  pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain("OFFICIAL-SENSITIVE"));
  expect(whole).toContain(DECISION);
  expect(whole).toContain(ACTION);
  const audit = await queryE2eDatabase(`SELECT 1 FROM "AuditEvent" WHERE event = 'minutes.downloaded' AND "entityId" = $1`, [String(meetingId)]);
  expect(audit.length).toBe(1);

  await page.goto(`/decisions?meeting=${meetingId}`);
  await expect(page.getByTestId("decision")).toContainText(DECISION);
  await expect(page.getByTestId("decision")).toContainText(ACTION);
  await expectNoAxeViolations(page);
});
