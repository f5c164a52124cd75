import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 17, Guardian patrols: the analyst imports the geofencing extract (dry run, then import);
// the chair opens the evaluation and downloads its CSV for the Home Office return.

// Two journeys of several pages each with axe scans: on the shared 2-core machine they need more
// than the default 30 s.
test.slow();

const ukDay = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(d);
};

test("the analyst checks a patrol file, sees its problems, then imports a clean one", async ({ page }) => {
  await signInAs(page, "analyst");
  await page.goto("/imports/patrols");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import patrol dosage");
  await expectNoAxeViolations(page);

  // CYCLE patrols: the demo seed has none, so these rows are new whatever the seed drew.
  const day = ukDay(-2);
  const bad = `hotspot_code,date,minutes,patrol_type\nHS07,${day},40,CYCLE\nHS99,${day},40,CYCLE\nHS08,${ukDay(3)},40,CYCLE\n`;
  const count = async () =>
    (
      await queryE2eDatabase<{ n: number }>(
        `select count(*)::int as n from "PatrolDosage" where "patrolType" = 'CYCLE'`,
      )
    )[0]!.n;
  const before = await count();
  await page
    .getByLabel("Geofencing extract")
    .setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByRole("heading", { name: "Not imported: fix the file" })).toBeVisible();
  const problems = page.getByRole("table", { name: /Problems/ });
  await expect(problems).toContainText("No hotspot has the code “HS99”");
  await expect(problems).toContainText("is in the future");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
  expect(await count()).toBe(before);

  const good = `hotspot_code,date,minutes,patrol_type\nHS07,${day},40,CYCLE\nHS08,${day},25,cycle\n`;
  await page
    .getByLabel("Geofencing extract")
    .setInputFiles({ name: "good.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Upload and check" }).click();
  await expect(page.getByRole("heading", { name: "Checked: nothing is imported yet" })).toBeVisible();
  await expect(page.getByTestId("patrol-report")).toContainText("New: 2 rows, 65 minutes of patrol");
  expect(await count()).toBe(before); // the dry run writes nothing
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("heading", { name: "Imported" })).toBeVisible();
  const rows = await queryE2eDatabase<{ code: string; minutes: number }>(
    `select h.code, d.minutes from "PatrolDosage" d join "Hotspot" h on h.id = d."hotspotId"
      where d."patrolType" = 'CYCLE' and d.day = $1::date order by h.code`,
    [day],
  );
  expect(rows).toEqual([
    { code: "HS07", minutes: 40 },
    { code: "HS08", minutes: 25 },
  ]);
});

test("the chair opens the evaluation and downloads its CSV, read back row by row", async ({ page }) => {
  await signInAs(page, "chair");
  await page.getByRole("link", { name: "Patrols", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guardian patrols");
  const comparison = page.getByRole("table", { name: /Treatment against control/ });
  await expect(comparison.getByRole("row")).toHaveCount(7); // header and six periods
  await expect(page.getByRole("table", { name: /Dosage against offences by hotspot/ })).toBeVisible();
  // The chair reads; recording is the analyst's.
  await expect(page.getByRole("link", { name: "Record a period's deployment" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const firstRow = comparison.getByRole("row").nth(1);
  const shown = await firstRow.getByRole("cell").allInnerTexts();
  const reason = `Home Office return ${Date.now()}`;
  await page.getByLabel("Why you are exporting it").fill(reason);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^patrol-evaluation-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await download.path())!, "utf8").split("\r\n");
  expect(lines[0]).toBe("\uFEFFOFFICIAL-SENSITIVE");
  const header = lines.indexOf(
    "period,period_start,period_end,treatment_hotspots,control_hotspots,treatment_mean_syv,control_mean_syv,difference_mean_syv,treatment_mean_knife_used,control_mean_knife_used,difference_mean_knife_used,treatment_mean_minutes,control_mean_minutes,difference_mean_minutes,deployment_record",
  );
  expect(header).toBeGreaterThan(0);
  const periodRows = lines.slice(header + 1, header + 7).map((l) => l.split(","));
  expect(periodRows).toHaveLength(6);
  // The file's first period row holds the numbers the screen shows (19 treatment / 19 control).
  const [, , , t, c, tSyv, cSyv, dSyv] = periodRows[0]!;
  expect(`${t} / ${c}`).toBe(shown[0]);
  expect([tSyv, cSyv, dSyv].map((n) => Number(n).toFixed(2))).toEqual([shown[1], shown[2], shown[3]]);
  expect(lines).toContain(
    "period,period_start,period_end,hotspot_code,hotspot_name,arm,patrol_minutes,patrols,syv_offences,knife_used_offences",
  );
  const audit = await queryE2eDatabase<{ category: string; recipients: string }>(
    `select category::text, recipients from "AuditEvent" where event = 'export.downloaded' and justification = $1`,
    [reason],
  );
  expect(audit).toEqual([{ category: "DISCLOSURE", recipients: "Home Office" }]);
});

test("the deployments page shows each period's record; the chair reads it", async ({ page }) => {
  await signInAs(page, "chair");
  await page.goto("/patrols/deployments");
  await expect(page.getByRole("table", { name: "Deployments by tactical period" })).toContainText(
    "Treatment: HS",
  );
  await expect(page.getByTestId("deployment-form")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
