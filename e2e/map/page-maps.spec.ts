import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 17: "a map on the hotspot page and the figures". Each draws the knife-used serious youth
// violence of the page's period as points (clustered at force scale), each point opening its
// offence, with the same data as a table beside it; partners see no offence. axe on each, with
// the table alternative open.

const SYV_CODES = `('1','2','5D','8N','34A','34B')`;
const todayIso = () => new Date().toLocaleDateString("en-CA", { timeZone: "Europe/London" });
/** The performance year to date (1 April to today), as the figures and the hotspot page default to. */
function yearToDate(): { from: string; to: string } {
  const today = todayIso();
  const [y, m] = today.split("-").map(Number) as [number, number];
  return { from: `${m >= 4 ? y : y - 1}-04-01`, to: today };
}

/** Points drawn singly plus the numbers on the clusters: what the map shows in all. */
async function drawnOnMap(page: Page): Promise<number> {
  const points = page.locator("path.app-map-point");
  await expect(points.or(page.locator("path.app-map-cluster")).first()).toBeVisible();
  const clustered = await page.locator(".app-map-cluster-label").allTextContents();
  return (await points.count()) + clustered.reduce((s, t) => s + Number(t), 0);
}

test("the hotspot page's map draws its knife-used offences, one opens from a point, and the table agrees", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const { from, to } = yearToDate();
  // The hotspot with the most knife-used SYV this year: a map with points on it.
  const [busiest] = await queryE2eDatabase<{ id: number; n: number }>(
    `select "hotspotId" as id, count(*)::int as n from "Offence"
     where "hotspotId" is not null and "knifeUsed" and "youngestVictimAge" < 25
       and "offenceCode" in ${SYV_CODES} and "recordedOn" between $1::date and $2::date
     group by 1 order by 2 desc, 1 limit 1`,
    [from, to],
  );
  await signInAs(page, "chair");
  await page.goto(`/hotspots/${busiest!.id}`);
  const table = page.getByTestId("map-point-table");
  // The database, the "Knife used" figure, the table and the map all say the same number.
  await expect(page.getByTestId("knife-current")).toHaveText(new RegExp(`^${busiest!.n}\\b`));
  await expect(table.locator("tbody tr")).toHaveCount(busiest!.n);
  await expect(page.getByTestId("map-points")).toHaveText(String(busiest!.n));
  expect(await drawnOnMap(page)).toBe(busiest!.n);
  await expectNoAxeViolations(page);

  const points = page.locator("path.app-map-point");
  for (let i = 0; i < 6 && (await points.count()) === 0; i++)
    await page.locator("path.app-map-cluster").first().click({ force: true });
  await points.first().click({ force: true });
  const popupLink = page.locator(".leaflet-popup-content a");
  const reference = (await popupLink.textContent())!.trim();
  await expect(table.getByRole("link", { name: reference })).toBeVisible();
  await popupLink.click();
  await expect(page).toHaveURL(/\/offences\/\d+/);
  await expect(page.getByRole("main")).toContainText(reference);

  // The patrol pages are a link away from the hotspot.
  await page.goBack();
  await page
    .getByTestId("hotspot-patrol-links")
    .getByRole("link", { name: /^Guardian patrols/ })
    .click();
  await expect(page).toHaveURL(/\/patrols$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Guardian patrols");
});

test("the figures' map draws the year's knife-used SYV, and its tables say the same", async ({ page }) => {
  test.setTimeout(180_000);
  const { from, to } = yearToDate();
  const [expected] = await queryE2eDatabase<{ all: number; placed: number }>(
    `select count(*)::int as all, count(*) filter (where latitude is not null)::int as placed from "Offence"
     where "knifeUsed" and "youngestVictimAge" < 25 and "offenceCode" in ${SYV_CODES}
       and "recordedOn" between $1::date and $2::date`,
    [from, to],
  );
  await signInAs(page, "chair");
  await page.goto("/figures");
  const section = page.getByTestId("figures-map");
  await expect(section.getByRole("heading", { level: 2 })).toHaveText("Map");
  const all = section.getByTestId("map-npu-table").getByRole("row", { name: /^All NPUs/ });
  // The count's link also names it for screen readers ("860 offences in all NPUs").
  await expect(all.locator("td").nth(0)).toHaveText(new RegExp(`^${expected!.all.toLocaleString("en-GB")} `));
  await expect(all.locator("td").nth(1)).toHaveText(expected!.placed.toLocaleString("en-GB"));
  expect(await drawnOnMap(page)).toBe(Math.min(expected!.placed, 3000));
  // The table alternative, opened: one row per point, each a link to its offence.
  await section.getByText("Every offence on the map").click();
  await expect(section.getByTestId("map-point-table").locator("tbody tr")).toHaveCount(
    Math.min(expected!.placed, 3000),
  );
  await expectNoAxeViolations(page);
  // The NPU table's count opens exactly those offences.
  await all.locator("td").nth(0).getByRole("link").click();
  await expect(page).toHaveURL(/\/offences\?.*knife=yes/);
  await expect(page.getByTestId("offence-count")).toHaveAttribute("data-total", String(expected!.all));
});

test("a partner sees a hotspot's geofence and never an offence on its map", async ({ page }) => {
  const [hotspot] = await queryE2eDatabase<{ id: number }>(`select id from "Hotspot" where code = 'HS05'`);
  await signInAs(page, "partner");
  await page.goto(`/hotspots/${hotspot!.id}`);
  await expect(page.getByTestId("hotspot-geofence-table")).toContainText("HS05");
  await expect(page.getByTestId("map-point-table")).toHaveCount(0);
  await expect(page.getByTestId("hotspot-patrol-links")).toHaveCount(0);
  expect(await page.content()).not.toContain("CG-SYN-");
  await expectNoAxeViolations(page);
});

test("the map library is loaded on the map pages only", async ({ page }) => {
  // Leaflet 1.9 sets window.L when its chunk runs: a page without a map never fetches it.
  const leafletLoaded = () => page.evaluate(() => "L" in window);
  await signInAs(page, "chair");
  for (const path of ["/offences", "/hotspots", "/patrols"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await leafletLoaded(), path).toBe(false);
  }
  for (const path of ["/map", "/figures"]) {
    await page.goto(path);
    await expect(page.getByTestId("offence-map").locator(".leaflet-pane").first()).toBeAttached();
    expect(await leafletLoaded(), path).toBe(true);
  }
});
