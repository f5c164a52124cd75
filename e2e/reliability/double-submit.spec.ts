import { expect, test } from "@playwright/test";
import { fillDate } from "../support/date-input";
import { signInAs } from "../support/accounts";
import { queryE2eDatabase } from "../support/database";

// Issue 16: two real clicks on "Save meeting" 60-150 ms apart made two meetings (6 of 9 tries),
// a triple click three. Creates are idempotent on the server now (lib/actions/server/idempotency.ts),
// so however many clicks arrive, one meeting is made and the analyst lands on it. Each test
// makes its own meeting (a unique title), never touching the shared demo meetings.

async function meetingsTitled(title: string): Promise<number[]> {
  const rows = await queryE2eDatabase<{ id: number }>(`select id from "Meeting" where title = $1`, [title]);
  return rows.map((r) => r.id);
}

for (const [name, clickCount] of [
  ["a double click", 2],
  ["a triple click", 3],
] as const) {
  test(`${name} on "Save meeting" makes one meeting`, async ({ page }) => {
    await signInAs(page, "analyst");
    await page.goto("/meetings/new");
    const title = `Double-submit check ${clickCount} ${Date.now()}`;
    await page.getByLabel("Title").fill(title);
    await fillDate(page, "Date", "2031-05-14");
    await page.getByLabel("Start time").fill("10:00");
    await page.getByLabel("Location").fill("Committee room 2");
    await page.getByLabel("Chair", { exact: true }).selectOption({ index: 1 });
    await page.getByRole("button", { name: "Save meeting" }).click({ clickCount, delay: 60 });
    await expect(page).toHaveURL(/\/meetings\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    const ids = await meetingsTitled(title);
    expect(ids).toHaveLength(1);
    expect(page.url()).toMatch(new RegExp(`/meetings/${ids[0]}$`));
  });
}
