import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { actionResult, callServerAction } from "../support/server-actions";

// Issue 5, intelligence, "Done means": an analyst submits and grades intelligence and links it to a
// person; an investigator sees the restricted marker but never the text (pages, search, raw
// responses, action results); a partner cannot reach intelligence by URL or by calling actions.

// Long journeys on a shared, busy machine: the default 30 s is for single steps.
test.describe.configure({ timeout: 180_000 });

type Item = { id: number; reference: string; text: string; handlingConditions: string | null };

async function restrictedItem(): Promise<Item> {
  const [item] = await queryE2eDatabase<Item>(
    `select id, reference, text, "handlingConditions" from "IntelligenceItem" where "handlingCode" = 'C' and "withdrawnAt" is null order by id limit 1`,
  );
  return item!;
}

async function giveReason(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why are you opening this record?");
  await page.getByLabel("Safeguarding or risk assessment").check();
  await page.getByRole("button", { name: "Continue to the record" }).click();
}

test("an analyst submits, grades and links intelligence; it shows on the person record with its grading", async ({
  page,
}) => {
  const token = `Kestrel-${Date.now()}`;
  const [person] = await queryE2eDatabase<{ id: number; forenames: string; surname: string }>(
    `select id, forenames, surname from "Person" where "mergedIntoId" is null and forenames <> '' order by id limit 1`,
  );
  await signInAs(page, "analyst");
  await page.goto("/intelligence");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Intelligence");
  await expect(page.getByTestId("intel-table")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByTestId("submit-intel-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Submit intelligence");
  await expectNoAxeViolations(page);

  // A C code without conditions is refused, with the message next to the field; nothing is saved.
  // Items with this run's token only: other specs may submit intelligence at the same time.
  const itemsWithToken = async () =>
    Number(
      (
        await queryE2eDatabase<{ n: string }>(
          `select count(*) as n from "IntelligenceItem" where text like $1`,
          [`${token}:%`],
        )
      )[0]!.n,
    );
  const itemsBefore = await itemsWithToken();
  expect(itemsBefore).toBe(0);
  await page.getByLabel("Day").fill("20");
  await page.getByLabel("Month").fill("11");
  await page.getByLabel("Year").fill("2026");
  await page
    .getByLabel("Sanitised intelligence text")
    .fill(`${token}: a youth was seen passing a zombie knife near the bus station.`);
  await page.getByLabel("1 – reliable").check();
  await page.getByLabel("A – known directly to the source").check();
  await page.getByLabel(/^C – lawful sharing permitted with conditions/).check();
  await page.getByRole("button", { name: "Submit intelligence" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Enter the handling conditions");
  await expect(page.locator("#handlingConditions-error")).toContainText("Enter the handling conditions");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  expect(await itemsWithToken()).toBe(itemsBefore);

  await page.getByLabel("Handling conditions").fill("Share only with the officer in charge.");
  await page.getByLabel("Find a person").fill(`${person!.forenames} ${person!.surname}`);
  await page.getByRole("button", { name: "Search for a person" }).click();
  const name = `${person!.forenames} ${person!.surname}`;
  await page
    .getByTestId("person-results")
    .getByRole("button", { name: `Link ${name}` })
    .first()
    .click();
  await expect(page.getByTestId("chosen-persons")).toContainText(name);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Submit intelligence" }).click();

  await expect(page.getByTestId("intel-submitted")).toBeVisible();
  await expect(page.getByTestId("intel-text")).toContainText(token);
  await expect(page.getByTestId("intel-text")).toContainText("1 A C");
  await expect(page.getByTestId("handling-conditions")).toContainText(
    "Share only with the officer in charge.",
  );
  // The record names people as the service does everywhere: "SURNAME, Forenames".
  await expect(page.getByTestId("linked-persons")).toContainText(
    new RegExp(`${person!.surname}, ${person!.forenames}`, "i"),
  );
  await expectNoAxeViolations(page);
  const itemId = Number(/\/intelligence\/(\d+)/.exec(page.url())![1]);
  const [viewed] = await queryE2eDatabase<{ n: string }>(
    `select count(*) as n from "AuditEvent" where event = 'intel.viewed' and "entityId" = $1`,
    [String(itemId)],
  );
  expect(Number(viewed!.n)).toBeGreaterThan(0);

  // Re-grade: the old grading stays in the history.
  await page.getByRole("link", { name: "Re-grade this item" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Re-grade intelligence");
  await expectNoAxeViolations(page);
  await page.getByLabel("B – known indirectly, corroborated").check();
  await page.getByLabel("Reason for the change").fill("Corroborated by a second source.");
  await page.getByRole("button", { name: "Save grading" }).click();
  await expect(page.getByTestId("intel-graded")).toBeVisible();
  await expect(page.getByTestId("intel-text")).toContainText("1 B C");
  const history = page.getByTestId("grading-history").locator("tbody tr");
  await expect(history).toHaveCount(2);
  await expect(history.nth(0)).toContainText("1 B C");
  await expect(history.nth(1)).toContainText("1 A C");
  await expectNoAxeViolations(page);

  // The person record lists it, newest first, with its grading beside the text.
  await page.goto(`/persons/${person!.id}`);
  await giveReason(page);
  const section = page.getByTestId("person-intelligence");
  await expect(section).toContainText(token);
  await expect(section.locator("li").first()).toContainText("1 B C");
  await expectNoAxeViolations(page);
});

test("an investigator sees a restricted item's marker and whom to ask, never its text", async ({ page }) => {
  const item = await restrictedItem();
  const words = item.text.split(/\s+/).slice(0, 4).join(" ");
  await signInAs(page, "investigator");

  await page.goto(`/intelligence/${item.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Restricted intelligence item");
  await expect(page.getByTestId("who-to-ask")).toContainText("Ask the analyst team");
  await expectNoAxeViolations(page);
  // Not in the page, and not in the raw response (HTML and the React payload inside it).
  const raw = await (await page.request.get(`/intelligence/${item.id}`)).text();
  for (const secret of [item.text, item.reference, item.handlingConditions!]) {
    expect(await page.content()).not.toContain(secret);
    expect(raw).not.toContain(secret);
  }

  // The register lists it as a marker; a search for its words or its reference never finds it.
  await page.goto("/intelligence?handling=C");
  await expect(page.getByTestId("intel-row-restricted").first()).toBeVisible();
  await expect(page.getByTestId("intel-row")).toHaveCount(0);
  await expectNoAxeViolations(page);
  for (const q of [words, item.reference]) {
    // The text filter posts and comes back sealed (it may be a person's name): typed as a user would.
    await page.goto("/intelligence");
    await page.getByLabel("Text contains").fill(q);
    await page.getByTestId("apply-intel-filters").click();
    await expect(page).toHaveURL(/\/intelligence\?sealed=[A-Za-z0-9_-]+$/);
    await expect(page.getByLabel("Text contains")).toHaveValue(q);
    expect(await page.content()).not.toContain(item.text);
    await expect(page.locator(`a[href="/intelligence/${item.id}"]`)).toHaveCount(0);
  }

  // Re-grading or linking it by calling the actions directly: refused, and nothing of it comes back.
  for (const [name, args] of [
    [
      "regradeIntelligenceAction",
      [
        {
          id: item.id,
          version: 1,
          sourceEvaluation: "S1",
          assessment: "A",
          handlingCode: "P",
          handlingConditions: "",
          reason: "x",
        },
      ],
    ],
    ["changeIntelligenceLinkAction", [{ itemId: item.id, kind: "person", targetId: 1, linked: true }]],
  ] as const) {
    const response = await callServerAction(page, name, [...args], `/intelligence/${item.id}`);
    const body = await response.text();
    expect(await actionResult(response), name).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect(body).not.toContain(item.text);
  }
  expect((await page.goto(`/intelligence/${item.id}/grade`))?.status()).toBe(403);
});

test("a partner cannot reach intelligence by URL or by calling actions, and the navigation does not offer it", async ({
  page,
}) => {
  const item = await restrictedItem();
  await signInAs(page, "partner");
  await expect(page.getByRole("link", { name: "Intelligence" })).toHaveCount(0);
  for (const path of [
    "/intelligence",
    "/intelligence/new",
    `/intelligence/${item.id}`,
    "/intelligence/1",
    `/intelligence?q=${encodeURIComponent(item.reference)}`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    expect(await page.content()).not.toContain(item.text);
  }
  await expectNoAxeViolations(page);
  for (const [name, args] of [
    ["submitIntelligenceAction", [{}]],
    ["findIntelligenceLinkTargetsAction", [{ kind: "person", query: "Smith" }]],
    ["regradeIntelligenceAction", [{ id: item.id, version: 1 }]],
    ["changeIntelligenceLinkAction", [{ itemId: item.id, kind: "person", targetId: 1, linked: false }]],
  ] as const) {
    const response = await callServerAction(page, name, [...args]);
    expect(await actionResult(response), name).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  }
});
