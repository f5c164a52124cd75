import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { fillDate } from "../support/date-input";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 17: the chair opens the map, filters to knife-used offences against under-25s in a period,
// opens an offence from a point, and reads the same numbers in the table beside the map.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

test("the chair filters the map, opens an offence from a point and reads the same numbers in the table", async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The latest day with knife-used U25 offences that have a location: a handful of points.
  const [day] = await queryE2eDatabase<{ d: string; n: number }>(
    `select to_char("recordedOn", 'YYYY-MM-DD') as d, count(*)::int as n from "Offence"
     where "knifeUsed" and "youngestVictimAge" < 25 and latitude is not null
     group by 1 order by 1 desc limit 1`,
  );
  const [total] = await queryE2eDatabase<{ n: number }>(
    `select count(*)::int as n from "Offence" where "knifeUsed" and "youngestVictimAge" < 25
     and "recordedOn" = $1::date`,
    [day!.d],
  );
  const [y, m, d] = day!.d.split("-").map(Number) as [number, number, number];

  await signInAs(page, "chair");
  await page.goto("/map");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Map");
  await expectNoAxeViolations(page);

  await fillDate(page, "Recorded from", { day: String(d), month: MONTHS[m - 1]!, year: String(y) });
  await fillDate(page, "Recorded to", { day: String(d), month: MONTHS[m - 1]!, year: String(y) });
  await page.getByRole("group", { name: "Knife used" }).getByLabel("Yes").check();
  await page.getByRole("group", { name: "Victim under 25" }).getByLabel("Yes").check();
  await page.getByRole("button", { name: "Show on the map" }).click();
  await expect(page).toHaveURL(/knife=yes&u25=yes/);

  // The table's numbers are the database's, and the map draws the same points.
  await expect(page.getByTestId("map-total")).toHaveText(String(total!.n));
  const shown = Number(await page.getByTestId("map-points").textContent());
  await expect(page.getByTestId("map-point-table").locator("tbody tr")).toHaveCount(shown);
  expect(shown).toBe(day!.n);
  const points = page.locator("path.app-map-point");
  const clusters = page.locator("path.app-map-cluster");
  await expect(points.or(clusters).first()).toBeVisible();
  const clustered = await page.locator(".app-map-cluster-label").allTextContents();
  expect((await points.count()) + clustered.reduce((s, t) => s + Number(t), 0)).toBe(shown);
  await expectNoAxeViolations(page);

  // Zoom in until a single point is drawn, then open its offence from the popup.
  for (let i = 0; i < 6 && (await points.count()) === 0; i++) await clusters.first().click({ force: true });
  await points.first().click({ force: true });
  const popupLink = page.locator(".leaflet-popup-content a");
  const reference = (await popupLink.textContent())!.trim();
  await expect(page.getByTestId("map-point-table").getByRole("link", { name: reference })).toBeVisible();
  await popupLink.click();
  await expect(page).toHaveURL(/\/offences\/\d+/);
  await expect(page.getByText(reference).first()).toBeVisible();
});

test("a partner sees the boundaries, never an offence", async ({ page }) => {
  await signInAs(page, "partner");
  await page.goto("/map");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Map");
  await expect(page.getByTestId("map-hotspot-table").locator("tbody tr")).toHaveCount(57);
  await expect(page.getByTestId("map-point-table")).toHaveCount(0);
  expect(await page.content()).not.toContain("CG-SYN-");
  await expectNoAxeViolations(page);
});

test("the hotspot page's headline matches the report's shape and drills to its offences", async ({
  page,
}) => {
  await signInAs(page, "chair");
  await page.goto("/hotspots");
  await expect(page.getByTestId("hotspot-headline")).toContainText(
    /57 hotspots cover \d+\.\d% of the force area/,
  );
  await expectNoAxeViolations(page);
  await page.getByTestId("syv-share").click();
  await expect(page).toHaveURL(/\/offences\?.*inhotspot=yes/);
});
