import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { fillDate } from "../support/date-input";
import { demoAccount } from "../../lib/reference/demo-accounts";

// Issue 17: the hotspot page. The chair opens a hotspot from /hotspots and reads figures that
// agree with the drill-down; the analyst records an engagement entry and sees "Update due" on the
// hotspot and on the home; the administrator changes a harm weight from a date. axe on each page.

const todayIso = () => new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });

test("the chair opens a hotspot from /hotspots and the figures agree with the drill-down", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, "chair");
  await page.goto("/hotspots");
  // Every fourth demo hotspot has a plan: HS02 has none and is flagged.
  await expect(page.getByRole("row", { name: /^HS02 / })).toContainText("No plan");
  await page.getByRole("link", { name: /^HS05 / }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("HS05");
  await expectNoAxeViolations(page);
  const syv = (await page.getByTestId("syv-current").textContent())!.replace(/\D/g, "");
  await expect(page.getByTestId("drill-count")).toHaveText(Number(syv).toLocaleString("en-GB"));
  const [hotspot] = await queryE2eDatabase<{ id: number }>(`select id from "Hotspot" where code = 'HS05'`);
  expect(page.url()).toContain(`/hotspots/${hotspot!.id}`);
  await expect(page.getByTestId("hotspot-unplaced")).toContainText("Unplaced (no location)");
  await expect(page.getByTestId("hotspot-geofence-table")).toContainText("HS05");
  await expect(page.getByTestId("offence-map")).toBeVisible();
  // Patrol dosage by week: 12 weeks, and their minutes are the extract's for this hotspot.
  const dosage = page.getByTestId("weekly-dosage");
  await expect(dosage.locator("tbody tr")).toHaveCount(12);
  const shown = (await dosage.locator("tbody tr td:nth-child(2)").allTextContents()).reduce(
    (sum, cell) => sum + Number(cell.replace(/\D/g, "")),
    0,
  );
  const [stored] = await queryE2eDatabase<{ minutes: number }>(
    `select coalesce(sum(minutes), 0)::int as minutes from "PatrolDosage" where "hotspotId" = $1
      and day >= date_trunc('week', current_date)::date - 77 and day <= date_trunc('week', current_date)::date + 6`,
    [hotspot!.id],
  );
  expect(shown).toBe(stored!.minutes);
  // Each offence of the drill-down opens its record.
  const first = page.getByTestId("hotspot-offences").locator("tbody a").first();
  if (Number(syv) > 0) {
    const ref = await first.textContent();
    await first.click();
    await expect(page).toHaveURL(/\/offences\/\d+/);
    await expect(page.getByRole("main")).toContainText(ref!);
  }
});

test("the analyst adds an engagement entry and sees 'Update due' on the hotspot and the home", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const [plan] = await queryE2eDatabase<{ id: number; hotspotId: number }>(
    `select p.id, p."hotspotId" from "EngagementPlan" p join "Hotspot" h on h.id = p."hotspotId" where h.code = 'HS01'`,
  );
  await signInAs(page, "analyst");
  await page.goto(`/hotspots/${plan!.hotspotId}`);
  await expectNoAxeViolations(page);
  // The forms are on the plan's own page, a link away (no form JavaScript on the hotspot page).
  await page.getByTestId("keep-engagement-plan").click();
  await expect(page).toHaveURL(new RegExp(`/hotspots/${plan!.hotspotId}/engagement$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Community engagement plan");
  await expectNoAxeViolations(page);
  await page.getByText("Record a consultation, update, survey or review").click();
  const form = page.getByTestId("engagement-entry-form");
  // Bad input first: nothing chosen, so the summary names the fields and nothing is saved.
  await form.getByRole("button", { name: "Add entry" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Select what took place");
  await form.getByLabel("Update given").check();
  await form.getByLabel("Owner").selectOption({ label: demoAccount("analyst").name });
  const summary = `Newsletter update ${Date.now()}`;
  await form.getByLabel("Summary").fill(summary);
  await fillDate(form, "Next update due (optional)", todayIso());
  await form.getByRole("button", { name: "Add entry" }).click();
  await expect(page.getByTestId("engagement-entries")).toContainText(summary);
  await expect(page.getByTestId("next-update-due")).toContainText("Update due");
  // Read back: the row and its audit row.
  const rows = await queryE2eDatabase<{ n: number }>(
    `select count(*)::int as n from "EngagementEntry" where "planId" = $1 and summary = $2`,
    [plan!.id, summary],
  );
  expect(rows[0]!.n).toBe(1);
  const audit = await queryE2eDatabase<{ n: number }>(
    `select count(*)::int as n from "AuditEvent" where event = 'engagement-entry.added' and "entityId" = $1
     and changes::text like $2`,
    [String(plan!.id), `%${summary}%`],
  );
  expect(audit[0]!.n).toBe(1);
  // The hotspot page shows the entry and the update due.
  await page.goto(`/hotspots/${plan!.hotspotId}`);
  await expect(page.getByTestId("engagement-entries")).toContainText(summary);
  await expect(page.getByTestId("next-update-due")).toContainText("Update due");
  await page.goto("/");
  await expect(page.getByTestId("engagement-updates-due")).toContainText("HS01");
  await expectNoAxeViolations(page);
});

test("the administrator changes a harm weight from a date, audited with the reason", async ({ page }) => {
  test.setTimeout(180_000);
  await signInAs(page, "admin");
  await page.goto("/admin/harm-weights");
  await expect(page.getByTestId("harm-source")).toContainText("Cambridge Crime Harm Index");
  await expectNoAxeViolations(page);
  const form = page.getByTestId("harm-weight-form");
  await form.getByRole("button", { name: "Change weight" }).click();
  await expect(page.getByRole("alert").first()).toContainText("Select an offence code");
  // After the code's latest change (history is never rewritten), so a rerun picks a later year.
  const [latest] = await queryE2eDatabase<{ y: number }>(
    `select extract(year from max("effectiveFrom"))::int as y from "HarmWeight" where "offenceCode" = '34B'`,
  );
  const year = Math.max(2090, (latest?.y ?? 0) + 1);
  const reason = `Published table ${Date.now()}`;
  await form.getByLabel("Offence code").selectOption("34B");
  await form.getByLabel("Weight (days)").fill("800");
  await fillDate(form, "Applies from", `${year}-04-01`);
  await form.getByLabel("Source").fill("CCHI published table (synthetic test)");
  await form.getByLabel("Reason for the change").fill(reason);
  await form.getByRole("button", { name: "Change weight" }).click();
  await expect(page.getByTestId("harm-weight-34B")).toContainText(`800 days from 1 Apr ${year}`);
  const rows = await queryE2eDatabase<{ weight: number }>(
    `select weight from "HarmWeight" where "offenceCode" = '34B' and "effectiveFrom" = $1::date`,
    [`${year}-04-01`],
  );
  expect(rows.map((r) => r.weight)).toEqual([800]);
  const audit = await queryE2eDatabase<{ n: number }>(
    `select count(*)::int as n from "AuditEvent" where event = 'harm-weights.changed' and changes::text like $1`,
    [`%${reason}%`],
  );
  expect(audit[0]!.n).toBe(1);
});
