import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { pdfPageTexts } from "../../lib/testing/pdf-text";

// Issue 6: the analyst generates the pack for the upcoming demo meeting — exactly the knife-used
// offences recorded since the last meeting, checked against the database — curates it, and the
// chair publishes it; the PDF carries the marking on every page and the item numbers of the screen.

test.describe.configure({ mode: "serial" });

type DemoMeeting = { id: number; periodStart: string; meetingDay: string };
let meeting: DemoMeeting;

const section = (page: Page, kind: string) => page.getByTestId(`pack-section-${kind}`);
const items = (page: Page, kind: string) => section(page, kind).getByTestId("pack-item");

test.beforeAll(async () => {
  const rows = await queryE2eDatabase<DemoMeeting>(`
    SELECT id, to_char("periodStart", 'YYYY-MM-DD') AS "periodStart",
      to_char(("heldAt" AT TIME ZONE 'Europe/London')::date, 'YYYY-MM-DD') AS "meetingDay"
    FROM "Meeting" WHERE status = 'DRAFT' ORDER BY "heldAt" LIMIT 1`);
  meeting = rows[0]!;
});

test("the analyst generates the pack: exactly the new knife-used offences, then curates it", async ({ page }) => {
  // The demo pack holds every knife-used offence of four weeks: hundreds of items to scan.
  test.setTimeout(600_000);
  const expected = await queryE2eDatabase<{ crimeReference: string }>(
    `SELECT "crimeReference" FROM "Offence" WHERE "knifeUsed" AND "recordedOn" >= $1::date AND "recordedOn" < $2::date`,
    [meeting.periodStart, meeting.meetingDay],
  );
  expect(expected.length).toBeGreaterThan(1);

  await signInAs(page, "analyst");
  await page.goto("/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/meetings/${meeting.id}`);
  await expect(page.getByTestId("pack-empty")).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish pack" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Generate proposed items" }).click();
  await expect(page.getByTestId("pack-message")).toContainText("proposed items added", { timeout: 120_000 });
  await expect(items(page, "NEW_OFFENCE")).toHaveCount(expected.length);
  const headings = await items(page, "NEW_OFFENCE").getByRole("heading", { level: 3 }).allInnerTexts();
  const shown = headings.map((h) => h.split(" ")[1]!);
  expect(shown.sort()).toEqual(expected.map((e) => e.crimeReference).sort());
  expect(headings.map((h) => h.split(" ")[0])).toEqual(headings.map((_, i) => `1.${i + 1}`));
  await expect(items(page, "THREAT_SUMMARY")).toHaveCount(1);

  // Annotate the first item, move the second above it, remove the last, add an item of our own.
  const first = items(page, "NEW_OFFENCE").first();
  const firstId = await first.getAttribute("data-item-id");
  await first.getByTestId("pack-item-editor").locator("summary").click();
  await first.getByLabel("Note for the chair").fill("Chair to ask the OIC about CCTV.");
  await first.getByRole("button", { name: "Save note" }).click();
  await expect(page.locator(`[data-item-id="${firstId}"]`).getByTestId("pack-item-note")).toContainText("CCTV");

  await items(page, "NEW_OFFENCE").nth(1).getByTestId("pack-item-editor").locator("summary").click();
  await items(page, "NEW_OFFENCE").nth(1).getByRole("button", { name: "Move up" }).click();
  await expect(items(page, "NEW_OFFENCE").nth(1)).toHaveAttribute("data-item-id", firstId!);

  const lastTitle = (await items(page, "NEW_OFFENCE").last().getByRole("heading", { level: 3 }).innerText()).split(" ").slice(1).join(" ");
  await items(page, "NEW_OFFENCE").last().getByTestId("pack-item-editor").locator("summary").click();
  await items(page, "NEW_OFFENCE").last().getByRole("button", { name: "Remove" }).click();
  await expect(items(page, "NEW_OFFENCE")).toHaveCount(expected.length - 1);
  await expect(page.getByTestId("pack-removed")).toContainText(lastTitle);

  await page.getByLabel("Title", { exact: true }).fill("Knife amnesty bins: results");
  await page.getByRole("button", { name: "Add item" }).click();
  await expect(items(page, "FREE")).toHaveCount(1);
  await expect(items(page, "FREE").first()).toContainText("6.1 Knife amnesty bins: results");
  await expectNoAxeViolations(page);

  // Regenerating keeps every choice: nothing new, the removed item stays removed.
  await page.getByRole("button", { name: "Generate proposed items" }).click();
  await expect(page.getByTestId("pack-message")).toContainText("up to date", { timeout: 120_000 });
  await expect(items(page, "NEW_OFFENCE")).toHaveCount(expected.length - 1);
});

test("the chair publishes the pack and downloads it as a PDF with the marking on every page", async ({ page }) => {
  // The demo pack holds every knife-used offence of four weeks: hundreds of items to scan.
  test.setTimeout(600_000);
  await signInAs(page, "chair");
  await page.goto(`/meetings/${meeting.id}`);
  await page.getByRole("button", { name: "Publish pack" }).click();
  await expect(page.getByTestId("pack-message")).toContainText("Version 1 of the pack is published and locked.", { timeout: 120_000 });
  await expect(page.locator(".app-pack-item__editor")).toHaveCount(0);
  await expectNoAxeViolations(page);
  const [row] = await queryE2eDatabase<{ status: string }>(`SELECT status::text FROM "Meeting" WHERE id = $1`, [meeting.id]);
  expect(row?.status).toBe("PUBLISHED");

  const screenNumbers = await page.getByTestId("pack-item").getByRole("heading", { level: 3 }).allInnerTexts();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download PDF" }).click()]);
  const pages = await pdfPageTexts(await readFile((await download.path())!));
  expect(pages.length).toBeGreaterThan(1);
  pages.forEach((text, i) => {
    expect(text.match(/OFFICIAL-SENSITIVE/g)?.length, `page ${i + 1}`).toBe(2);
    expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
  });
  const whole = pages.join(" ").replace(/\s+/g, " ");
  expect(pages[0]).toContain("Contents");
  // Item numbers and crime references, as on screen (long titles wrap differently on paper).
  for (const heading of screenNumbers) expect(whole).toContain(heading.split(/\s+/).slice(0, 2).join(" "));
  const audit = await queryE2eDatabase(`SELECT 1 FROM "AuditEvent" WHERE event = 'pack.printed' AND "entityId" = $1`, [String(meeting.id)]);
  expect(audit.length).toBe(1);

  await page.goto(`/meetings/${meeting.id}/pack`);
  await expect(page.getByTestId("print-contents")).toContainText("1.1");
  await expectNoAxeViolations(page);
  await page.goto(`/meetings/${meeting.id}/versions`);
  await expect(page.getByTestId("pack-version")).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test("a partner can neither open nor download a pack", async ({ page }) => {
  await signInAs(page, "partner");
  const response = await page.request.post(`/meetings/${meeting.id}/pack.pdf`);
  expect(response.status()).toBe(403);
  await page.goto(`/meetings/${meeting.id}`);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Captiva Guardian");
});
