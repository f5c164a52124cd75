import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { fillDate } from "../support/date-input";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 5 (groups): an analyst adds a 4P plan line and a member to a group; each is audited. The
// chair reads the group but gets no editing controls.

const today = () => new Date().toISOString().slice(0, 10);

test("an analyst adds a plan line and a member to a group", async ({ page }) => {
  test.setTimeout(120_000);
  const [group] = await queryE2eDatabase<{ id: number; name: string }>(
    `SELECT id, name FROM "Group" WHERE active ORDER BY id LIMIT 1`,
  );
  const [person] = await queryE2eDatabase<{ id: number; surname: string; forenames: string }>(
    `SELECT p.id, p.surname, p.forenames FROM "Person" p
     WHERE p."mergedIntoId" IS NULL AND p.forenames <> ''
       AND NOT EXISTS (SELECT 1 FROM "GroupMembership" m WHERE m."personId" = p.id AND m."groupId" = $1 AND m."endOn" IS NULL)
     ORDER BY p.id LIMIT 1`,
    [group!.id],
  );
  await signInAs(page, "analyst");
  await page.getByRole("link", { name: "Groups", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Groups");
  await expectNoAxeViolations(page);

  await page.getByTestId("group-table").getByRole("link", { name: group!.name }).click();
  await expect(page.getByTestId("group-name")).toContainText(group!.name);
  await expectNoAxeViolations(page);

  // A plan line: the form refuses an empty submit first, with the GOV.UK error summary.
  await page.getByRole("link", { name: "Add a plan line" }).click();
  const planForm = page.getByTestId("plan-line-form");
  await planForm.getByRole("button", { name: "Add plan line" }).click();
  await expect(page.getByTestId("error-summary")).toContainText("Select the 4P strand");
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page);
  const description = `Disrupt knife supply routes ${Date.now()}`;
  await planForm.getByLabel("Prevent").check();
  await planForm.getByLabel("What the line will do").fill(description);
  await planForm.getByLabel("Owner").selectOption({ label: "Det Supt Alex Testington" });
  await planForm.getByLabel("In progress").check();
  await fillDate(planForm, "Due date (optional)", "2027-03-31");
  await planForm.getByRole("button", { name: "Add plan line" }).click();
  await expect(page.getByTestId("group-saved")).toContainText("Plan line added.");
  const prevent = page.getByTestId("plan-prevent");
  await expect(prevent.getByRole("row", { name: new RegExp(description) })).toContainText(
    "Det Supt Alex Testington",
  );
  await expect(prevent.getByRole("row", { name: new RegExp(description) })).toContainText("In progress");

  // A member.
  await page.getByRole("link", { name: "Add a member" }).click();
  await expectNoAxeViolations(page);
  const memberForm = page.getByTestId("add-member-form");
  await memberForm.getByLabel("Person record number").fill(String(person!.id));
  await memberForm.getByLabel("Peripheral").check();
  await fillDate(memberForm, "Member since", today());
  await memberForm.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByTestId("group-saved")).toContainText("Member added.");
  await expect(page.getByTestId("group-members")).toContainText(
    `${person!.surname.toUpperCase()}, ${person!.forenames}`,
  );

  const audit = await queryE2eDatabase<{ event: string }>(
    `SELECT a.event FROM "AuditEvent" a JOIN "User" u ON u.id = a."actorId"
     WHERE u.email = 'analyst@captiva.example' AND a.event IN ('group.plan-line-added', 'group.member-added') ORDER BY a.seq`,
  );
  expect(audit.map((a) => a.event)).toEqual(
    expect.arrayContaining(["group.plan-line-added", "group.member-added"]),
  );
});

test("the chair reads a group without editing controls", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "chair");
  await page.goto("/groups/1");
  await expect(page.getByRole("heading", { name: "4P plan" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add a plan line" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Add a member" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});
