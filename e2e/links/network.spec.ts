import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 5 (link view): the network's list alternative names the records one and two steps away;
// from a person it asks for the same reason as the person record; the diagram draws under the
// strict CSP; investigators never see restricted items, only that a record has some, and no groups.

type Neighbour = { id: number; surname: string; forenames: string; role: string };

const nameOf = (p: { surname: string; forenames: string }) =>
  p.forenames ? `${p.surname.toUpperCase()}, ${p.forenames}` : p.surname.toUpperCase();

test("an analyst's network from an offence lists its people one step away and its log row", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const [offence] = await queryE2eDatabase<{ id: number }>(
    `SELECT o.id FROM "Offence" o JOIN "OffencePerson" op ON op."offenceId" = o.id JOIN "Person" p ON p.id = op."personId"
     WHERE op."removedAt" IS NULL AND p."mergedIntoId" IS NULL GROUP BY o.id HAVING count(*) >= 2 ORDER BY o.id LIMIT 1`,
  );
  const people = await queryE2eDatabase<Neighbour>(
    `SELECT p.id, p.surname, p.forenames, op.role FROM "OffencePerson" op JOIN "Person" p ON p.id = op."personId"
     WHERE op."offenceId" = $1 AND op."removedAt" IS NULL AND p."mergedIntoId" IS NULL`,
    [offence!.id],
  );
  const consoleErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });

  await signInAs(page, "analyst");
  await page.goto(`/offences/${offence!.id}`);
  await page.getByRole("link", { name: "View network" }).click();
  await expect(page.getByTestId("network-title")).toContainText("Links from offence");
  await expect(page.getByTestId("network-bound")).toContainText("at most 150 records");
  const persons = page.getByTestId("network-person");
  for (const p of people) {
    const row = persons.getByRole("row", {
      name: new RegExp(nameOf(p).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")),
    });
    await expect(row.first()).toContainText("1 step");
  }
  await expectNoAxeViolations(page);

  await page.getByTestId("toggle-diagram").click();
  await expect(page.getByTestId("network-canvas").locator("canvas").first()).toBeAttached();
  await expectNoAxeViolations(page);
  expect(consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);

  const logged = await queryE2eDatabase<{ category: string }>(
    `SELECT a.category FROM "AuditEvent" a JOIN "User" u ON u.id = a."actorId"
     WHERE u.email = 'analyst@captiva.example' AND a.event = 'network.viewed' AND a."entityType" = 'offence' AND a."entityId" = $1`,
    [String(offence!.id)],
  );
  expect(logged).toEqual([{ category: "CONSULTATION" }]);
});

test("an investigator's network from a person asks for a reason first, hides restricted text and groups", async ({
  page,
}) => {
  test.setTimeout(90_000);
  // A person with a C-coded item linked, so the view must say restricted intelligence exists.
  const [person] = await queryE2eDatabase<{ id: number; text: string }>(
    `SELECT ip."personId" AS id, i.text FROM "IntelligencePerson" ip JOIN "IntelligenceItem" i ON i.id = ip."itemId"
     JOIN "Person" p ON p.id = ip."personId"
     WHERE i."handlingCode" = 'C' AND i."withdrawnAt" IS NULL AND ip."removedAt" IS NULL AND p."mergedIntoId" IS NULL ORDER BY ip."personId" LIMIT 1`,
  );
  await signInAs(page, "investigator");
  await page.goto(`/network?from=person:${person!.id}`);
  await expect(page.getByRole("heading", { name: "Why are you opening this record?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Safeguarding or risk assessment").check();
  await page.getByRole("button", { name: "Continue to the record" }).click();
  await expect(page.getByTestId("network-title")).toBeVisible();
  // Issue 13.13: no node or edge for the C-coded item; the person says restricted intelligence exists.
  await expect(
    page.locator(`[data-key="person:${person!.id}"]`).getByTestId("network-restricted-intel"),
  ).toContainText("ask the analyst team");
  await expect(page.getByTestId("network-group")).toHaveCount(0);
  expect(await page.content()).not.toContain(person!.text);
  await expectNoAxeViolations(page);
});

test("a partner is refused the network", async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, "partner");
  const response = await page.goto("/network?from=offence:1");
  expect(response?.status()).toBe(403);
});
