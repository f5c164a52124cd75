import { readFile } from "node:fs/promises";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { pdfPageTexts } from "../../lib/testing/pdf-text";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { fillDate } from "../support/date-input";
import { queryE2eDatabase } from "../support/database";
import { demoAccount } from "../../lib/reference/demo-accounts";

// Issue 12, the chair's meeting screen, on a meeting this spec makes for itself (never the shared
// demo meeting, so it cannot race e2e/forum/forum.spec.ts). Its published agenda has items in three
// sections whose positions interleave (the old run view and minutes took them by position alone and
// renumbered them). The chair starts it (attendance pre-filled, apologies shown, everyone else
// present in one step, the date acknowledged: it was dated yesterday), reads a case item's people
// and OIC without leaving it, closes it through the confirmation page with undiscussed items, and
// reads the minutes with the pack's numbers in pack order. The investigator completes the action
// raised; the chair is notified.

test.describe.configure({ mode: "serial" });
const expect = baseExpect.configure({ timeout: 30_000 });

type CaseRow = { id: number; crimeReference: string; oic: string; surname: string };
type Setup = { meetingId: number; items: Record<string, number>; cases: CaseRow[] };
let setup: Setup;

const STAMP = Date.now();
const ACTION = `Re-interview the witness (run spec ${STAMP})`;
const RESULT = "Witness re-interviewed; statement taken.";
const chair = demoAccount("chair");
const analyst = demoAccount("analyst");
const investigator = demoAccount("investigator");
const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The agenda as the pack numbers it: title → expected number. */
const AGENDA = [
  { key: "aob", kind: "FREE", position: 1, title: `Any other business (${STAMP})`, number: "6.1" },
  { key: "scrutinyA", kind: "SCRUTINY", position: 1, title: `Scrutiny A (${STAMP})`, number: "2.1" },
  { key: "newOffence", kind: "NEW_OFFENCE", position: 1, title: `New offence (${STAMP})`, number: "1.1" },
  { key: "scrutinyB", kind: "SCRUTINY", position: 2, title: `Scrutiny B (${STAMP})`, number: "2.2" },
] as const;
const IN_PACK_ORDER = [...AGENDA].sort((a, b) => a.number.localeCompare(b.number));

test.beforeAll(async () => {
  // Cases with an officer in charge and at least one person, so the item screen has facts to show.
  const cases = await queryE2eDatabase<CaseRow>(`
    SELECT o.id, o."crimeReference", u.name AS oic,
      (SELECT p.surname FROM "OffencePerson" op JOIN "Person" p ON p.id = op."personId"
        WHERE op."offenceId" = o.id AND op."removedAt" IS NULL ORDER BY op.id LIMIT 1) AS surname
    FROM "Offence" o JOIN "Investigation" i ON i."offenceId" = o.id JOIN "User" u ON u.id = i."oicId"
    WHERE EXISTS (SELECT 1 FROM "OffencePerson" op WHERE op."offenceId" = o.id AND op."removedAt" IS NULL)
    ORDER BY o.id LIMIT 3`);
  expect(cases).toHaveLength(3);
  const users = await queryE2eDatabase<{ id: number; email: string }>(
    `SELECT id, email FROM "User" WHERE email = ANY($1)`,
    [[chair.email, analyst.email]],
  );
  const userId = (email: string) => users.find((u) => u.email === email)!.id;
  // Dated yesterday: starting and closing it today must be acknowledged.
  const [meeting] = await queryE2eDatabase<{ id: number }>(
    `INSERT INTO "Meeting" (title, "heldAt", location, status, "chairId", "periodStart", "publishedAt", "updatedAt")
     VALUES ($1, $2::timestamptz, 'Run spec room', 'PUBLISHED', $3, $4::date, now(), now()) RETURNING id`,
    [`Captiva Guardian – run spec ${STAMP}`, `${isoDay(-1)}T10:00:00Z`, userId(chair.email), isoDay(-29)],
  );
  await queryE2eDatabase(
    `INSERT INTO "MeetingAttendee" ("meetingId", "userId", name, organisation, status)
     VALUES ($1, $2, $3, 'West Midlands Police (synthetic)', 'EXPECTED'), ($1, $4, $5, 'West Midlands Police (synthetic)', 'APOLOGIES')`,
    [meeting!.id, userId(chair.email), chair.name, userId(analyst.email), analyst.name],
  );
  const offenceFor: Record<string, number | null> = {
    aob: null,
    scrutinyA: cases[0]!.id,
    newOffence: cases[1]!.id,
    scrutinyB: cases[2]!.id,
  };
  const items: Record<string, number> = {};
  for (const item of AGENDA) {
    const [row] = await queryE2eDatabase<{ id: number }>(
      `INSERT INTO "AgendaItem" ("meetingId", position, kind, title, "offenceId", "updatedAt")
       VALUES ($1, $2, $3::"AgendaItemKind", $4, $5, now()) RETURNING id`,
      [meeting!.id, item.position, item.kind, item.title, offenceFor[item.key]],
    );
    items[item.key] = row!.id;
  }
  setup = { meetingId: meeting!.id, items, cases };
});

const run = (page: Page, path = "") => page.goto(`/meetings/${setup.meetingId}/run${path}`);

test("the chair starts the meeting, reads a case's facts on its item, and closes it through the confirmation", async ({
  page,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, "chair");
  await run(page);
  // Attendance pre-filled from the invitation: apologies already sent are shown as such.
  await expect(page.getByTestId("attendance-form")).toContainText("Apologies sent before the meeting");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Everyone else present" }).click();
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("not today");
  await page.getByLabel("I understand, start the meeting now anyway").check();
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await expect(page.getByTestId("item-position")).toContainText("item 1 of 4");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`1.1 ${AGENDA[2].title}`);
  const [attendance] = await queryE2eDatabase<{ statuses: string[] }>(
    `SELECT array_agg(status::text ORDER BY id) AS statuses FROM "MeetingAttendee" WHERE "meetingId" = $1`,
    [setup.meetingId],
  );
  expect(attendance!.statuses).toEqual(["PRESENT", "APOLOGIES"]);
  await page.getByLabel("Mark this item as discussed").check();
  await expect(page.getByTestId("discussion-status")).toContainText("Saved at");

  // Back to the contents: pack order with the pack's numbers (sections no longer interleaved).
  await page.getByRole("link", { name: "Back to contents" }).click();
  await expect(page.getByTestId("run-items").locator("li")).toHaveText(
    IN_PACK_ORDER.map((i) => new RegExp(`^${i.number} ${escapeRegExp(i.title)}`)),
  );
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: AGENDA[2].title }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`1.1 ${AGENDA[2].title}`);

  // n steps to 2.1, a case item: its people and OIC without leaving the meeting.
  await page.locator("body").press("n");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`2.1 ${AGENDA[1].title}`);
  const scrutinised = setup.cases[0]!;
  await expect(page.getByTestId("item-people")).toContainText(scrutinised.surname.toUpperCase());
  await expect(page.getByTestId("item-facts")).toContainText(scrutinised.oic);
  await expect(page.getByTestId("item-facts")).toContainText(scrutinised.crimeReference);
  const fullRecord = page.getByRole("link", {
    name: new RegExp(`Open the full record of ${escapeRegExp(scrutinised.crimeReference)}`),
  });
  await expect(fullRecord).toHaveAttribute("target", "_blank");
  await expect(fullRecord).toHaveAttribute("rel", /noopener/);
  await expect(page.getByRole("link", { name: "Back to contents" })).toHaveAttribute(
    "href",
    new RegExp(`#item-${setup.items.scrutinyA}$`),
  );
  await expectNoAxeViolations(page);
  const [consulted] = await queryE2eDatabase<{ n: number }>(
    `SELECT count(*)::int AS n FROM "AuditEvent" WHERE event = 'offence.viewed' AND "entityId" = $1 AND justification LIKE 'Captiva Guardian%'`,
    [String(scrutinised.id)],
  );
  expect(consulted!.n).toBeGreaterThan(0);

  // A decision and an action for the investigator on this item.
  await page.getByLabel("Mark this item as discussed").check();
  await expect(page.getByTestId("discussion-status")).toContainText("Saved at");
  await page.getByLabel("Decision", { exact: true }).fill("Re-interview the key witness");
  await page.getByLabel("Rationale").fill("The first account was taken in hospital.");
  await page.getByRole("button", { name: "Record decision" }).click();
  await expect(page.getByTestId("item-decision")).toContainText("Re-interview the key witness");
  await page.getByText("Raise an action").click();
  const form = page.getByTestId("raise-action-form");
  await form.getByLabel("Action", { exact: true }).fill(ACTION);
  await form.getByLabel("Owner").selectOption({ label: `${investigator.name} (Investigator)` });
  await fillDate(form, "Due date", isoDay(14));
  await form.getByLabel("From decision (optional)").selectOption({ label: "Re-interview the key witness" });
  await form.getByRole("button", { name: "Raise action" }).click();
  await expect(page.getByTestId("item-actions")).toContainText(ACTION);

  // Closing: its own page lists what is undiscussed and what carries forward; the date needs confirming.
  await run(page);
  await page.getByRole("button", { name: "Close the meeting" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${setup.meetingId}/close$`));
  await expect(page.getByTestId("undiscussed-count")).toHaveText("2 of 4 items were not discussed");
  await expect(page.getByTestId("undiscussed-items").locator("li")).toHaveText([
    `2.2 ${AGENDA[3].title}`,
    `6.1 ${AGENDA[0].title}`,
  ]);
  await expect(page.getByTestId("carried-actions")).toContainText(ACTION);
  await expect(page.getByTestId("date-warning")).toContainText("not today");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Close the meeting" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Confirm that you want to close it now");
  const [still] = await queryE2eDatabase<{ status: string }>(
    `SELECT status::text FROM "Meeting" WHERE id = $1`,
    [setup.meetingId],
  );
  expect(still!.status).toBe("IN_SESSION");
  await page.getByLabel("I understand, close the meeting now anyway").check();
  await page.getByRole("button", { name: "Close the meeting" }).click();
  await expect(page).toHaveURL(new RegExp(`/meetings/${setup.meetingId}/minutes$`));

  // The minutes: pack order and the pack's numbers, never renumbered.
  await expect(page.getByTestId("minutes-item").locator("h3")).toHaveText(
    IN_PACK_ORDER.map((i) => `${i.number} ${i.title}`),
  );
  await expect(page.getByTestId("minutes-decision")).toContainText(
    "Decision D2.1.1: Re-interview the key witness",
  );
  await expectNoAxeViolations(page);
  // The PDF numbers and orders them the same way.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the minutes (PDF)" }).click(),
  ]);
  const pdf = (await pdfPageTexts(await readFile((await download.path())!))).join(" ").replace(/\s+/g, " ");
  const at = IN_PACK_ORDER.map((i) => pdf.indexOf(`${i.number} ${i.title}`));
  expect(at.every((n) => n >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);

  // A second tab still on the confirmation page is told plainly, and nothing is carried twice.
  await page.goto(`/meetings/${setup.meetingId}/close`);
  await expect(page.getByTestId("already-closed")).toBeVisible();
  const [carried] = await queryE2eDatabase<{ timesCarried: number }>(
    `SELECT "timesCarried" FROM "ActionItem" WHERE title = $1`,
    [ACTION],
  );
  expect(carried!.timesCarried).toBe(1);
});

test("the investigator completes the action and the chair is notified", async ({ browser }) => {
  test.setTimeout(180_000);
  const [action] = await queryE2eDatabase<{ id: number }>(`SELECT id FROM "ActionItem" WHERE title = $1`, [
    ACTION,
  ]);
  // Two people, two browser contexts (axe needs a page made from a context).
  const investigatorContext = await browser.newContext();
  const investigatorPage = await investigatorContext.newPage();
  await signInAs(investigatorPage, "investigator");
  await investigatorPage.goto(`/actions/${action!.id}`);
  await investigatorPage.getByLabel("Completed").check();
  await investigatorPage.getByLabel("Result").fill(RESULT);
  await investigatorPage.getByRole("button", { name: "Save update" }).click();
  await expect(investigatorPage.getByTestId("action-updates")).toContainText(RESULT);
  await investigatorContext.close();

  const chairContext = await browser.newContext();
  const chairPage = await chairContext.newPage();
  await signInAs(chairPage, "chair");
  await chairPage.goto("/");
  await expect(chairPage.getByTestId("raised-actions")).toContainText(ACTION);
  await chairPage.goto("/notifications");
  await expect(chairPage.getByTestId("notifications")).toContainText(`completed the action: ${ACTION}`);
  await expectNoAxeViolations(chairPage);
  // The register shows it complete, not RAG "None".
  await chairPage.goto("/actions?status=all&raised=me");
  const row = chairPage.getByTestId("action-table").locator("tr", { hasText: ACTION });
  // Both the status and the RAG column say "Completed" (the RAG column said "None" before).
  await expect(row.getByText("Completed", { exact: true })).toHaveCount(2);
  await expectNoAxeViolations(chairPage);
  await chairContext.close();
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
