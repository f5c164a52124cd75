import { expect as baseExpect, test } from "@playwright/test";
import { signedInPage } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 12, "the chair can promote during the meeting too", on a meeting of this spec's own (never
// the demo meeting forum.spec.ts runs, never pack-curation.spec.ts's): the analyst generates the
// pack (the flagged cases the scrutiny rule takes one by one, the rest in one table), the chair
// publishes and starts it, and promotes an offence from the new-offences table on the run view.
// The new item is read back from the contents and the database (numbered after the section's
// items, audited as in session); the clock on the item screen is a live element. axe on the pages.

test.describe.configure({ mode: "serial" });
const expect = baseExpect.configure({ timeout: 45_000 });

let meetingId: number;

test.beforeAll(async () => {
  // Tomorrow, with its own period (the last 60 days), so the offence table always has rows to promote.
  const [row] = await queryE2eDatabase<{ id: number }>(`
    INSERT INTO "Meeting" (title, "heldAt", location, status, "chairId", "periodStart", "updatedAt")
    SELECT 'Promote in meeting e2e ' || ${Date.now()}, now() + interval '1 day', 'Room 3', 'DRAFT', "chairId", current_date - 60, now()
    FROM "Meeting" WHERE status = 'DRAFT' ORDER BY "heldAt" LIMIT 1
    RETURNING id`);
  meetingId = row!.id;
});

test("the analyst's pack takes flagged cases by the scrutiny rule; the chair promotes an offence while the meeting runs", async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const analyst = await signedInPage(browser, "analyst");
  await analyst.goto(`/meetings/${meetingId}`);
  await analyst.getByRole("button", { name: "Generate proposed items" }).click();
  await expect(analyst.getByTestId("pack-message")).toContainText("proposed items added", {
    timeout: 120_000,
  });
  // At most 40 flagged cases one by one; the rest in the one "other flagged cases" table.
  const scrutiny = analyst.getByTestId("pack-section-SCRUTINY").getByTestId("pack-item");
  await expect(scrutiny.last()).toContainText("Other cases flagged for scrutiny");
  const count = await scrutiny.count();
  expect(count).toBeGreaterThan(1);
  expect(count).toBeLessThanOrEqual(41);
  const [db] = await queryE2eDatabase<{ individual: number; tables: number }>(
    `SELECT count(*) FILTER (WHERE kind = 'SCRUTINY')::int AS individual,
            count(*) FILTER (WHERE kind = 'SCRUTINY_TABLE')::int AS tables
     FROM "AgendaItem" WHERE "meetingId" = $1`,
    [meetingId],
  );
  expect(db).toEqual({ individual: count - 1, tables: 1 });
  await expectNoAxeViolations(analyst);
  await analyst.context().close();

  const page = await signedInPage(browser, "chair");
  await page.goto(`/meetings/${meetingId}`);
  await page.getByRole("button", { name: "Publish pack" }).click();
  await expect(page.getByTestId("pack-message")).toContainText("is published and locked", {
    timeout: 120_000,
  });
  await page.goto(`/meetings/${meetingId}/run`);
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await page.getByLabel("I understand, start the meeting now anyway").check();
  await page.getByRole("button", { name: "Start the meeting" }).click();
  await expect(page.getByTestId("item-position")).toContainText("item 1 of");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("1.1 New knife-used offences");
  await expect(page.getByTestId("meeting-elapsed")).toBeVisible();

  // A row whose offence is already a scrutiny item links to it instead of offering Promote.
  const promotable = page
    .getByTestId("offence-row")
    .filter({ has: page.getByRole("button", { name: /^Promote/ }) })
    .first();
  // Its own period (the last 60 days), so other specs' meetings never leave the table empty.
  await expect(promotable).toBeVisible();
  const offenceId = Number(await promotable.getAttribute("data-offence-id"));
  await promotable.getByRole("button", { name: /^Promote/ }).click();
  await expect(page.getByTestId("promote-message")).toContainText("is now item 1.2");
  const promotedRow = page.locator(`[data-testid="offence-row"][data-offence-id="${offenceId}"]`);
  await expect(promotedRow.getByRole("link", { name: "Item 1.2" })).toBeVisible();
  await expectNoAxeViolations(page);

  const [item] = await queryE2eDatabase<{ id: number; kind: string }>(
    `SELECT id, kind::text FROM "AgendaItem" WHERE "meetingId" = $1 AND "offenceId" = $2`,
    [meetingId, offenceId],
  );
  expect(item!.kind).toBe("NEW_OFFENCE");
  const audit = await queryE2eDatabase(
    `SELECT 1 FROM "AuditEvent" WHERE event = 'agenda.item-promoted' AND "entityId" = $1`,
    [String(item!.id)],
  );
  expect(audit).toHaveLength(1);

  // The contents list it second in its section; its item screen shows the case.
  await promotedRow.getByRole("link", { name: "Item 1.2" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("1.2");
  await expect(page.getByTestId("item-facts")).toBeVisible();
  await page.goto(`/meetings/${meetingId}/run`);
  await expect(page.getByTestId("run-items").locator("li").nth(1)).toContainText(/^1\.2 /);
});
