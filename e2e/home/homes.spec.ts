import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";

// Issue 3: each demo role signs in and lands on its own home, built from the demo data.

const h1 = (page: Page) => page.getByRole("heading", { level: 1 });

const INVESTIGATOR = "investigator@captiva.example";
const UNFINISHED = `('OPEN', 'PENDING_SUSPECT', 'CHARGED')`;

/**
 * Makes sure the investigator's caseload has an overdue review and more than one page (25 rows),
 * so the home's checks of both run whatever the demo data drew: a check inside an `if` on the
 * page's own content passes without checking anything. Cases come from other officers (the
 * newest, never the oldest other officer's case that investigation.spec.ts reads), and the
 * overdue one is in the middle of the caseload (that spec edits the first, second and last).
 */
async function ensureOverdueReviewAndSecondPage(): Promise<void> {
  const own = () =>
    queryE2eDatabase<{ id: number; overdue: boolean }>(
      `SELECT i.id, coalesce(i."nextReviewOn" < CURRENT_DATE, false) AS overdue
         FROM "Investigation" i JOIN "User" u ON u.id = i."oicId"
        WHERE u.email = $1 AND i.status IN ${UNFINISHED} ORDER BY i.id`,
      [INVESTIGATOR],
    );
  const before = await own();
  if (before.length <= 25)
    await queryE2eDatabase(
      `UPDATE "Investigation" SET "oicId" = (SELECT id FROM "User" WHERE email = $1),
              version = version + 1, "updatedAt" = now()
        WHERE id IN (SELECT i.id FROM "Investigation" i JOIN "User" u ON u.id = i."oicId"
                      WHERE u.email NOT LIKE 'investigator%@captiva.example' AND i.status IN ${UNFINISHED}
                      ORDER BY i.id DESC LIMIT $2)`,
      [INVESTIGATOR, 26 - before.length],
    );
  const after = await own();
  if (!after.some((c) => c.overdue))
    await queryE2eDatabase(
      `UPDATE "Investigation" SET "nextReviewOn" = CURRENT_DATE - 3, version = version + 1, "updatedAt" = now()
        WHERE id = $1`,
      [after[Math.floor(after.length / 2)]!.id],
    );
}

test("the chair lands on the forum overview", async ({ page }) => {
  await signInAs(page, "chair");
  await expect(page).toHaveURL(/\/$/);
  await expect(h1(page)).toHaveText("Forum overview");
  for (const name of [
    "Next meeting",
    "Cases flagged for scrutiny",
    "Overdue and due-soon actions",
    "My actions",
  ]) {
    await expect(page.getByRole("region", { name })).toBeVisible();
  }
  await expect(page.getByRole("region", { name: /^Figures for \d{4}\/\d{2}$/ })).toBeVisible();
  // The demo's next meeting is a draft four weeks after the last one, but e2e/forum (running
  // alongside) publishes, runs and closes it, so any of its states, or none once it has closed.
  await expect(page.getByRole("region", { name: "Next meeting" })).toContainText(
    /Draft|Published|In session|No meeting scheduled/,
  );
  await expectNoAxeViolations(page);
});

test("the analyst lands on meeting preparation", async ({ page }) => {
  await signInAs(page, "analyst");
  await expect(h1(page)).toHaveText("Meeting preparation");
  for (const name of ["Next meeting", "Knife used, victim under 25, since the last meeting", "My actions"]) {
    await expect(page.getByRole("region", { name })).toBeVisible();
  }
  // Case-working homes only: the chair's forum-wide lists are not on the analyst's.
  await expect(page.getByRole("region", { name: "Cases flagged for scrutiny" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("an investigator lands on My cases: their open investigations, soonest review first", async ({
  page,
}) => {
  await ensureOverdueReviewAndSecondPage();
  await signInAs(page, "investigator");
  await expect(h1(page)).toHaveText("My cases");
  await expect(page.getByTestId("my-cases-count")).toContainText("You are officer in charge of");
  const rows = page.getByRole("table", { name: /My open investigations/ }).locator("tbody tr");
  await expect(rows).toHaveCount(25);
  // Each crime reference opens its offence record.
  await expect(rows.first().getByRole("link").first()).toHaveAttribute("href", /^\/offences\/\d+$/);
  // Overdue reviews sort first: the count says how many, and the first row says so.
  await expect(page.getByTestId("my-cases-count")).toContainText(/\d+ reviews? (is|are) overdue\./);
  await expect(rows.first().getByText("Review overdue")).toBeVisible();
  await expect(page.getByRole("region", { name: "My actions" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Next meeting" })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // More than 25 cases: a second page, reached from the pagination.
  await page.getByRole("navigation", { name: "My cases pages" }).getByRole("link", { name: /Next/ }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
  await expect(rows.first()).toBeVisible();
});

test("the partner lands on their provider's referrals, with the minimum person details only", async ({
  page,
}) => {
  await signInAs(page, "partner");
  await expect(h1(page)).toHaveText("Referrals to St Giles Trust");
  const table = page.getByRole("table", { name: /Referrals to St Giles Trust/ });
  await expect(table.locator("thead th")).toHaveText([
    "Name",
    "Date of birth",
    "NPU",
    "Reason for referral",
    "State",
    "Referred",
    "Follow-up due",
  ]);
  await expect(table.locator("tbody tr").first()).toBeVisible();
  // Partners own forum actions too, but see no case data in them (no crime references).
  const myActions = page.getByRole("region", { name: "My actions" });
  await expect(myActions).toBeVisible();
  await expect(myActions.getByRole("link", { name: /CG-SYN-/ })).toHaveCount(0);
  await expect(myActions).not.toContainText("CG-SYN-");
  for (const name of ["Next meeting", "Cases flagged for scrutiny"]) {
    await expect(page.getByRole("region", { name })).toHaveCount(0);
  }
  await expectNoAxeViolations(page);
});

test("the administrator is sent to the admin area, never a case home", async ({ page }) => {
  // Signing in returns to "/", which sends an administrator on to /admin.
  await signInAs(page, "admin");
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText("My cases")).toHaveCount(0);
  await expectNoAxeViolations(page);
});
