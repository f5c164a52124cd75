import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { accountLike, signInAs, signInWithPassword } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { actionResult, callServerAction } from "../support/server-actions";

// Issue 5, interventions: an analyst refers a victim from an offence record; the provider's
// caseworker (partner, St Giles Trust) moves it referred → contacted → engaged → completed; a skip
// is refused; another provider's referral is refused by id; intelligence is out of reach.

type Referral = { id: number; state: string; version: number; providerId: number };
const referral = async (id: number) =>
  (
    await queryE2eDatabase<Referral>(
      `select id, state, version, "providerId" from "Referral" where id = $1`,
      [id],
    )
  )[0]!;
// Only the refusals about that referral: other specs sign in as the partner and are refused
// elsewhere at the same time.
const refusals = async (event: string, email: string, referralId: number) =>
  Number(
    (
      await queryE2eDatabase<{ n: string }>(
        `select count(*) as n from "AuditEvent" a join "User" u on u.id = a."actorId" where a.event = $1 and u.email = $2
         and a."entityType" = 'referral' and a."entityId" = $3`,
        [event, email, String(referralId)],
      )
    )[0]!.n,
  );
const lastAuditId = async () =>
  (await queryE2eDatabase<{ id: string }>(`select coalesce(max(id), 0) as id from "AuditEvent"`))[0]!.id;
/** The permissions named by the account's access refusals after audit row `since`, in order. */
const permissionsRefused = async (email: string, since: string) =>
  (
    await queryE2eDatabase<{ permission: string }>(
      `select a.changes->'detail'->>'permission' as permission from "AuditEvent" a join "User" u on u.id = a."actorId"
       where a.event = 'access.refused' and u.email = $1 and a.id > $2::bigint order by 1`,
      [email, since],
    )
  ).map((r) => r.permission);

async function recordUpdate(page: Page, state: string, note: string) {
  const form = page.getByTestId("referral-update-form");
  await form.getByLabel(state, { exact: true }).check();
  await form.getByLabel("Note", { exact: true }).fill(note);
  await form.getByRole("button", { name: "Save update" }).click();
  await expect(page.getByTestId("referral-state")).toContainText(state);
}

test("a partner moves a new referral through to completed, one dated step at a time", async ({ browser }) => {
  test.setTimeout(150_000);
  // A victim on an offence, not merged away, to refer.
  const [victim] = await queryE2eDatabase<{
    offenceId: number;
    personId: number;
    surname: string;
    forenames: string;
  }>(
    `select op."offenceId", p.id as "personId", p.surname, p.forenames from "OffencePerson" op join "Person" p on p.id = op."personId"
     where op.role = 'VICTIM' and op."removedAt" is null and p."mergedIntoId" is null order by op."offenceId" desc limit 1`,
  );

  const analystContext = await browser.newContext();
  const analyst = await analystContext.newPage();
  await signInAs(analyst, "analyst");
  await analyst.goto(`/offences/${victim!.offenceId}/interventions`);
  await expectNoAxeViolations(analyst);
  await analyst.getByTestId("refer-from-offence").click();
  await expect(analyst.getByRole("heading", { level: 1 })).toHaveText("Refer to an intervention");
  await analyst.getByLabel("Person").selectOption(String(victim!.personId));
  await analyst.getByRole("button", { name: "Make referral" }).click();
  await expect(analyst.getByTestId("error-summary")).toContainText("Select a provider and pathway");
  await expectNoAxeViolations(analyst);
  await analyst
    .getByLabel("Provider and pathway")
    .selectOption({ label: "St Giles Trust: Hospital reachable moment" });
  await analyst
    .getByLabel("Reason for referral")
    .fill("Young person harmed in a violent incident; family asked for support.");
  await analyst.getByRole("button", { name: "Make referral" }).click();
  await expect(analyst.getByTestId("referral-made")).toBeVisible();
  await expectNoAxeViolations(analyst);
  await analystContext.close();

  const [made] = await queryE2eDatabase<{ id: number }>(
    `select r.id from "Referral" r join "User" u on u.id = r."referringOfficerId" where u.email = 'analyst@captiva.example' and r."personId" = $1 order by r.id desc limit 1`,
    [victim!.personId],
  );
  expect(await referral(made!.id)).toMatchObject({ state: "REFERRED", version: 1 });

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "partner");
  await expectNoAxeViolations(page);
  await page
    .getByTestId("referrals")
    .getByRole("link", { name: `${victim!.surname}, ${victim!.forenames}` })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/referrals/${made!.id}$`));
  await expect(page.getByTestId("referral-person")).toHaveText(
    `${victim!.surname.toUpperCase()}, ${victim!.forenames}`,
  );
  // Only the minimum: the page never mentions the offence or its crime reference.
  const [crime] = await queryE2eDatabase<{ crimeReference: string }>(
    `select "crimeReference" from "Offence" where id = $1`,
    [victim!.offenceId],
  );
  await expect(page.locator("main")).not.toContainText(crime!.crimeReference);
  await expectNoAxeViolations(page);

  // Skipping a step is not offered; forced through the action it is refused with a clear message.
  await expect(page.getByTestId("referral-update-form").getByLabel("Completed", { exact: true })).toHaveCount(
    0,
  );
  const skipsBefore = await refusals("referral.refused", "partner@captiva.example", made!.id);
  const skip = await actionResult(
    await callServerAction(page, "updateReferralAction", [
      {
        id: made!.id,
        version: 1,
        toState: "COMPLETED",
        occurredOn: new Date().toISOString().slice(0, 10),
        note: "",
      },
    ]),
  );
  expect(skip).toMatchObject({ ok: false, error: { code: "VALIDATION" } });
  expect(JSON.stringify(skip)).toContain("A referred referral cannot move to completed");
  expect(await referral(made!.id)).toMatchObject({ state: "REFERRED", version: 1 });
  expect(await refusals("referral.refused", "partner@captiva.example", made!.id)).toBe(skipsBefore + 1);

  await recordUpdate(page, "Contacted", "First contact made at the hospital.");
  await recordUpdate(page, "Engaged", "Support plan agreed.");
  await expectNoAxeViolations(page);
  await recordUpdate(page, "Completed", "Programme completed.");
  await expect(page.getByTestId("referral-history")).toContainText("Engaged → Completed");
  await expect(page.getByTestId("referral-history")).toContainText("Programme completed.");
  await expectNoAxeViolations(page);

  const [row] = await queryE2eDatabase<{ state: string; version: number; due: boolean }>(
    `select state, version, "followUpDueOn" = ("completedOn" + interval '6 months')::date as due from "Referral" where id = $1`,
    [made!.id],
  );
  expect(row).toEqual({ state: "COMPLETED", version: 4, due: true });
  const events = await queryE2eDatabase<{ fromState: string | null; toState: string; email: string }>(
    `select e."fromState", e."toState", u.email from "ReferralEvent" e join "User" u on u.id = e."actorId" where e."referralId" = $1 order by e.id`,
    [made!.id],
  );
  expect(events).toEqual([
    { fromState: null, toState: "REFERRED", email: "analyst@captiva.example" },
    { fromState: "REFERRED", toState: "CONTACTED", email: "partner@captiva.example" },
    { fromState: "CONTACTED", toState: "ENGAGED", email: "partner@captiva.example" },
    { fromState: "ENGAGED", toState: "COMPLETED", email: "partner@captiva.example" },
  ]);
  await context.close();
});

test("a partner posting to another provider's referral id is refused, nothing changes, and it is audited", async ({
  page,
}) => {
  const [other] = await queryE2eDatabase<Referral>(
    `select r.id, r.state, r.version, r."providerId" from "Referral" r join "Provider" p on p.id = r."providerId"
     where p.name <> 'St Giles Trust' and r.state = 'REFERRED' order by r.id limit 1`,
  );
  await signInAs(page, "partner");
  const before = await refusals("access.refused", "partner@captiva.example", other!.id);
  const response = await page.goto(`/referrals/${other!.id}`);
  expect(response?.status()).toBe(404);
  const result = await actionResult(
    await callServerAction(page, "updateReferralAction", [
      {
        id: other!.id,
        version: other!.version,
        toState: "CONTACTED",
        occurredOn: new Date().toISOString().slice(0, 10),
        note: "Not mine",
      },
    ]),
  );
  expect(result).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  expect(await referral(other!.id)).toEqual(other);
  expect(await refusals("access.refused", "partner@captiva.example", other!.id)).toBe(before + 2);
});

/** Server actions in the build whose name says they touch intelligence (H5a's, when built). */
function intelligenceActions(): string[] {
  const dist = process.env.NEXT_DIST_DIR || ".next";
  const manifest = JSON.parse(
    readFileSync(join(dist, "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName: string }> };
  return [...new Set(Object.values(manifest.node).map((v) => v.exportedName))].filter((name) =>
    /intel/i.test(name),
  );
}

test("a partner cannot reach intelligence by URL or by calling actions", async ({ page }) => {
  const [ids] = await queryE2eDatabase<{ offenceId: number; personId: number; intelId: number | null }>(
    `select (select min("offenceId") from "IntelligenceOffence") as "offenceId", (select min(id) from "Person") as "personId", (select min(id) from "IntelligenceItem") as "intelId"`,
  );
  // A partner account of this test's own: the refusals counted below are this test's alone, where
  // the demo partner is refused by other specs at the same time.
  const partner = await accountLike("partner", "E2E Intelligence Partner");
  await signInWithPassword(page, partner);
  // The offence record's intelligence section and the person record exist in every build. Each
  // visit is refused, audited, with exactly the permissions its page (and its layout) require:
  // the offence record's layout and its intelligence section are checked in parallel.
  for (const [path, permissions] of [
    [`/offences/${ids!.offenceId}/intelligence`, ["intel.read", "offences.read"]],
    [`/persons/${ids!.personId}`, ["persons.read"]],
  ] as const) {
    const since = await lastAuditId();
    expect((await page.goto(path))?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
    await expect.poll(() => permissionsRefused(partner.email, since), { message: path }).toEqual(permissions);
  }
  // The intelligence register (H5a, issue 5): refused when built; never a 200.
  for (const path of ["/intelligence", `/intelligence/${ids!.intelId ?? 1}`]) {
    expect([403, 404], path).toContain((await page.goto(path))?.status());
    await expect(page.locator("main")).not.toContainText("Handling code");
  }

  const actions = intelligenceActions();
  test.info().annotations.push({
    type: "intelligence actions tried",
    description: actions.join(", ") || "none in this build",
  });
  for (const name of actions) {
    const result = await actionResult(
      await callServerAction(page, name, [{ id: ids!.intelId ?? 1, itemId: ids!.intelId ?? 1, version: 1 }]),
    );
    expect(result, name).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  }
});

test("the chair sees the effectiveness figures, and each number lists the persons behind it", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, "chair");
  await page.goto("/referrals/effectiveness");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Interventions: effectiveness");
  await expectNoAxeViolations(page);
  const [stGiles] = await queryE2eDatabase<{ n: string }>(
    `select count(*) as n from "Referral" r join "Provider" p on p.id = r."providerId" where p.name = 'St Giles Trust' and r.pathway = 'Custody reachable moment'`,
  );
  const row = page.getByTestId("effectiveness-row").filter({ hasText: "Custody reachable moment" });
  const count = row.getByRole("link", { name: /referrals, St Giles Trust, Custody reachable moment/ });
  await expect(count).toHaveText(Number(stGiles!.n).toLocaleString("en-GB"));
  await page.goto((await count.getAttribute("href"))!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Referrals");
  await expect(page.getByTestId("persons-count")).toHaveText(
    `${Number(stGiles!.n).toLocaleString("en-GB")} referrals`,
  );
  await expect(page.getByTestId("effectiveness-persons").getByRole("link").first()).toHaveAttribute(
    "href",
    /^\/persons\/\d+$/,
  );
  await expectNoAxeViolations(page);
});

test("an administrator adds a provider, and deactivating it stops new referrals to it", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const name = `Test Mentoring ${Date.now()}`;
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, "admin");
  await admin.goto("/admin/providers");
  await expectNoAxeViolations(admin);
  await admin.getByRole("link", { name: "Add a provider" }).click();
  await admin.getByRole("button", { name: "Add provider" }).click();
  await expect(admin.getByTestId("error-summary")).toContainText("Enter the provider's name");
  await expectNoAxeViolations(admin);
  await admin.getByLabel("Name").fill(name);
  await admin.getByLabel("Type of provider").fill("Mentoring charity");
  await admin.getByLabel("Pathways").fill("Mentoring");
  await admin.getByLabel("Area covered").fill("Coventry");
  await admin.getByLabel("Contact route").fill("mentoring@example.org");
  await admin.getByRole("button", { name: "Add provider" }).click();
  await expect(admin.getByTestId("provider-saved")).toContainText(`${name} saved.`);
  await admin.getByRole("link", { name }).click();
  await expectNoAxeViolations(admin);
  await admin.getByLabel("No – deactivated").check();
  await admin.getByRole("button", { name: "Save provider" }).click();
  await expect(admin.getByTestId("provider-saved")).toBeVisible();
  await adminContext.close();

  const [provider] = await queryE2eDatabase<{ id: number; active: boolean }>(
    `select id, active from "Provider" where name = $1`,
    [name],
  );
  expect(provider!.active).toBe(false);
  const page = await browser.newPage();
  await signInAs(page, "analyst");
  const before = await queryE2eDatabase<{ n: string }>(
    `select count(*) as n from "Referral" where "providerId" = $1`,
    [provider!.id],
  );
  const [person] = await queryE2eDatabase<{ id: number }>(
    `select min(id) as id from "Person" where "mergedIntoId" is null`,
  );
  const result = await actionResult(
    await callServerAction(page, "createReferralAction", [
      {
        personId: String(person!.id),
        route: `${provider!.id}:Mentoring`,
        reason: "Test",
        referredOn: "2026-01-05",
      },
    ]),
  );
  expect(JSON.stringify(result)).toContain(`${name} is not taking referrals`);
  expect(
    await queryE2eDatabase(`select count(*) as n from "Referral" where "providerId" = $1`, [provider!.id]),
  ).toEqual(before);
  // The refusal names this test's own provider (new, so no other spec refers to it).
  const [refused] = await queryE2eDatabase<{ n: string }>(
    `select count(*) as n from "AuditEvent" a join "User" u on u.id = a."actorId"
     where a.event = 'referral.refused' and u.email = 'analyst@captiva.example'
     and a."entityType" = 'person' and a."entityId" = $1 and a.changes->'detail'->>'providerId' = $2`,
    [String(person!.id), String(provider!.id)],
  );
  expect(Number(refused!.n)).toBe(1);
  await page.close();
});
