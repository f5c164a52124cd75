import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { expectNameNotIn } from "../support/sealed-address";

// Issue 4, "Done means": an analyst records a new knife-used offence with a victim (a new person)
// and a suspect found among the people already on record, without duplicating them. Issue 17: the
// offence's location places it in the hotspot whose geofence holds it, and the hotspot page counts it.

// A long journey with several axe scans on a production build: more than the 30 s default.
test.describe.configure({ timeout: 120_000 });

type Existing = { id: number; surname: string; forenames: string; dob: string };

test("an analyst records a knife-used offence with a new victim and an existing suspect", async ({
  page,
}) => {
  const [suspect] = await queryE2eDatabase<Existing>(
    `select id, surname, forenames, to_char("dateOfBirth", 'FMDD-FMMM-YYYY') as dob from "Person"
     where "mergedIntoId" is null and "dateOfBirth" is not null and forenames <> '' order by id limit 1`,
  );
  if (!suspect) throw new Error("the demo data has no persons");
  const namesakes = async () =>
    Number(
      (
        await queryE2eDatabase<{ n: string }>(
          `select count(*) as n from "Person" where surname = $1 and forenames = $2`,
          [suspect.surname, suspect.forenames],
        )
      )[0]!.n,
    );
  const before = await namesakes();
  const crimeReference = `E2E/${Date.now().toString(36).toUpperCase()}`;
  // A point in the middle of a Birmingham East hotspot's geofence standing on the day it occurred and today.
  const [fence] = await queryE2eDatabase<{
    hotspotId: number;
    name: string;
    latitude: string;
    longitude: string;
  }>(
    `select g."hotspotId", h.name, round((("minLat" + "maxLat") / 2)::numeric, 5)::text as latitude,
            round((("minLon" + "maxLon") / 2)::numeric, 5)::text as longitude
     from "HotspotGeofence" g join "Hotspot" h on h.id = g."hotspotId" join "Npu" n on n.id = h."npuId"
     where n.name = 'Birmingham East' and g."activeFrom" <= '2026-10-01'
       and (g."activeTo" is null or g."activeTo" >= current_date) order by h.code limit 1`,
  );
  if (!fence) throw new Error("the demo data has no geofence in Birmingham East");

  await signInAs(page, "analyst");
  // The hotspot's SYV this period before the offence is recorded.
  const hotspotSyv = async () => {
    await page.goto(`/hotspots/${fence.hotspotId}`);
    return Number((await page.getByTestId("syv-current").textContent())!.replace(/\D/g, ""));
  };
  const syvBefore = await hotspotSyv();
  await page.goto("/offences/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Record an offence");
  await expectNoAxeViolations(page);

  // Nothing entered: the GOV.UK error summary, focused, linking to each field.
  await page.getByRole("button", { name: "Save and add people" }).click();
  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Enter the crime reference" })).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);

  await page.getByLabel("Crime reference").fill(crimeReference);
  await page.getByLabel("Offence", { exact: true }).selectOption("8N");
  await page
    .getByRole("group", { name: /knife or sharp instrument/ })
    .getByLabel("Yes")
    .check();
  const occurred = page.getByRole("group", { name: "Date the offence occurred" });
  await occurred.getByLabel("Day").fill("1");
  await occurred.getByLabel("Month").fill("10");
  await occurred.getByLabel("Year").fill("2026");
  const recorded = page.getByRole("group", { name: "Date the offence was recorded" });
  await recorded.getByLabel("Day").fill("2");
  await recorded.getByLabel("Month").fill("10");
  await recorded.getByLabel("Year").fill("2026");
  await page.getByLabel("Neighbourhood policing unit").selectOption("Birmingham East");
  await expect(page.getByLabel("Harm score")).toHaveCount(0);
  // Half a location is refused, next to the field, and nothing is saved.
  await page.getByLabel("Latitude").fill(fence.latitude);
  await page.getByRole("button", { name: "Save and add people" }).click();
  const half = "Enter the longitude as well as the latitude, or neither";
  await expect(summary.getByRole("link", { name: half })).toBeVisible();
  await expect(page.locator("#longitude-error")).toContainText(half);
  await expectNoAxeViolations(page);
  await page.getByLabel("Longitude").fill(fence.longitude);
  await page.getByRole("button", { name: "Save and add people" }).click();

  await expect(page).toHaveURL(/\/offences\/\d+\/people\/add\?created=1$/);
  await expect(page.getByTestId("offence-created")).toContainText(crimeReference);
  const offenceId = Number(/\/offences\/(\d+)\//.exec(page.url())![1]);
  const [offence] = await queryE2eDatabase<{ knifeUsed: boolean; status: string; hotspotId: number }>(
    `select o."knifeUsed", i.status, o."hotspotId" from "Offence" o join "Investigation" i on i."offenceId" = o.id where o.id = $1`,
    [offenceId],
  );
  expect(offence).toEqual({ knifeUsed: true, status: "OPEN", hotspotId: fence.hotspotId });
  await expectNoAxeViolations(page);

  // The victim is new: search first, see no match, then create.
  const victimSurname = `Zephyrine${Date.now().toString(36).replace(/\d/g, "")}`;
  await page.getByLabel("Surname").fill(victimSurname);
  await page.getByLabel("Forenames").fill("Quill");
  const dob = page.getByRole("group", { name: "Date of birth (if known)" });
  await dob.getByLabel("Day").fill("1");
  await dob.getByLabel("Month").fill("2");
  await dob.getByLabel("Year").fill("2010");
  await page.getByRole("button", { name: "Search for the person" }).click();
  await expect(page.getByRole("heading", { name: "Possible matches" })).toBeVisible();
  // The name and date of birth searched for never stand in the address (history, proxy logs).
  await expect(page).toHaveURL(/\/people\/add\?sealed=[A-Za-z0-9_-]+$/);
  expectNameNotIn(page.url(), victimSurname);
  await expectNoAxeViolations(page);
  await page.getByTestId("create-new-person").click();
  const createForm = page.getByTestId("create-person-form");
  await expect(createForm.getByLabel("Surname")).toHaveValue(victimSurname);
  await createForm.getByRole("group", { name: "Their role in this offence" }).getByLabel("Victim").check();
  await createForm.getByRole("group", { name: "Gender" }).getByLabel("Female").check();
  await expectNoAxeViolations(page);
  await createForm.getByRole("button", { name: "Create and add the person" }).click();
  await expect(page.getByTestId("person-added")).toContainText(victimSurname.toUpperCase());
  await expect(page).toHaveURL(/\/people\/add\?added=\d+$/);
  // 1 Feb 2010 → 16 on 1 Oct 2026: the offence is now under 25.
  await expect(page.getByTestId("youngest-victim-age")).toContainText("16");

  // The suspect is already on record: found by name and date of birth, added, not duplicated.
  const [day, month, year] = suspect.dob.split("-");
  await page.getByLabel("Surname").fill(suspect.surname);
  await page.getByLabel("Forenames").fill(suspect.forenames);
  await dob.getByLabel("Day").fill(day!);
  await dob.getByLabel("Month").fill(month!);
  await dob.getByLabel("Year").fill(year!);
  await page.getByRole("button", { name: "Search for the person" }).click();
  const match = page.getByTestId(`match-${suspect.id}`);
  await expect(match).toBeVisible();
  await page
    .getByTestId("match-list")
    .getByRole("group", { name: "Their role in this offence" })
    .getByLabel("Suspect")
    .check();
  await match.getByRole("button", { name: /Add this person/ }).click();
  await expect(page.getByTestId("person-added")).toBeVisible();
  await expect(page.getByTestId("offence-people-step")).toContainText("Suspect");

  expect(await namesakes()).toBe(before);
  const links = await queryE2eDatabase<{ personId: number; role: string }>(
    `select "personId", role from "OffencePerson" where "offenceId" = $1 and "removedAt" is null order by id`,
    [offenceId],
  );
  expect(links).toHaveLength(2);
  expect(links[1]).toEqual({ personId: suspect.id, role: "SUSPECT" });
  const [{ youngestVictimAge }] = (await queryE2eDatabase<{ youngestVictimAge: number }>(
    `select "youngestVictimAge" from "Offence" where id = $1`,
    [offenceId],
  )) as [{ youngestVictimAge: number }];
  expect(youngestVictimAge).toBe(16);

  // Knife used, victim 16, placed by its location: the record names the hotspot, and the hotspot
  // page counts it among its SYV.
  await page.goto(`/offences/${offenceId}`);
  await expect(page.getByRole("main")).toContainText(fence.name);
  expect(await hotspotSyv()).toBe(syvBefore + 1);
});

test("a duplicate crime reference is refused with a link to the existing offence", async ({ page }) => {
  const [existing] = await queryE2eDatabase<{ id: number; crimeReference: string }>(
    `select id, "crimeReference" from "Offence" order by id limit 1`,
  );
  await signInAs(page, "analyst");
  await page.goto("/offences/new");
  await page.getByLabel("Crime reference").fill(existing!.crimeReference);
  await page.getByLabel("Offence", { exact: true }).selectOption("10D");
  await page
    .getByRole("group", { name: /knife or sharp instrument/ })
    .getByLabel("No")
    .check();
  for (const name of ["Date the offence occurred", "Date the offence was recorded"]) {
    const group = page.getByRole("group", { name });
    await group.getByLabel("Day").fill("1");
    await group.getByLabel("Month").fill("10");
    await group.getByLabel("Year").fill("2026");
  }
  await page.getByLabel("Neighbourhood policing unit").selectOption("Coventry");
  await page.getByRole("button", { name: "Save and add people" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("already exists");
  await expect(page.getByTestId("existing-offence").getByRole("link")).toHaveAttribute(
    "href",
    `/offences/${existing!.id}`,
  );
  await expectNoAxeViolations(page);
});
