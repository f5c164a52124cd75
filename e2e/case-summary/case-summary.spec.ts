import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { expectNoAxeViolations } from "../support/axe";
import { queryE2eDatabase } from "../support/database";
import { pageMarkingProblems, pdfPageTexts } from "../../lib/testing/pdf-text";
import { demoAccount } from "../../lib/reference/demo-accounts";

// Issue 18: the chair prints a case summary. From the offence record's "Print case summary", the
// reason is asked first (as for a person record); the print view shows every section; the PDF
// downloads as application/pdf with the crime reference, the marking and page numbers; the print
// and the PDF each leave a disclosure row with the reason. A partner's post is refused. axe on the
// reason page and the print view.

type Case = { id: number; crimeReference: string };
let offence: Case;
const REASON = "Preparing for or attending a Captiva Guardian meeting";

test.beforeAll(async () => {
  // An offence with people and intelligence, so those sections have something to show.
  const [row] = await queryE2eDatabase<Case>(`
    SELECT o.id, o."crimeReference" FROM "Offence" o
    WHERE EXISTS (SELECT 1 FROM "OffencePerson" p WHERE p."offenceId" = o.id AND p."removedAt" IS NULL)
      AND EXISTS (SELECT 1 FROM "IntelligenceOffence" i WHERE i."offenceId" = o.id AND i."removedAt" IS NULL)
    ORDER BY o.id LIMIT 1`);
  offence = row!;
});

async function giveReason(page: Page) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why are you opening this record?");
  await expect(page.getByText("Printing the case summary is a disclosure")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(REASON).check();
  await page.getByRole("button", { name: "Continue to the record" }).click();
}

test("the chair prints the case summary: reason first, every section on the print view, the PDF", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const chair = demoAccount("chair");
  // The chair's home is the slowest first render; on a loaded machine it takes longer than the
  // sign-in helper waits, so wait for the header once more rather than fail.
  await signInAs(page, "chair").catch(() =>
    expect(page.getByTestId("signed-in-user")).toBeVisible({ timeout: 60_000 }),
  );
  await page.goto(`/offences/${offence.id}`);
  await page.getByRole("link", { name: "Print case summary" }).click();
  await giveReason(page);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(offence.crimeReference);
  const sections = page.getByTestId("summary-section").getByRole("heading", { level: 2 });
  await expect(sections).toHaveText([
    "1. The offence",
    "2. People",
    "3. Investigation",
    "4. Intelligence",
    "5. Interventions and referrals",
    "6. Meetings, decisions and actions",
  ]);
  await expect(page.getByTestId("summary-printed").first()).toContainText(`by ${chair.name}`);
  await expect(page.getByTestId("security-marking-top")).toHaveText(/OFFICIAL-SENSITIVE/);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download PDF" }).click(),
  ]);
  const bytes = await readFile((await download.path())!);
  const pages = await pdfPageTexts(bytes);
  expect(pageMarkingProblems(pages)).toEqual([]);
  expect(pages.join(" ")).toContain(offence.crimeReference);

  // The same file asked for directly: its content type, read from the response.
  const response = await page.request.post(`/offences/${offence.id}/summary.pdf`, {
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");

  // The print view and each PDF are disclosures, each with the chair's reason.
  const rows = await queryE2eDatabase<{ format: string; justification: string }>(
    `SELECT e.changes->'detail'->>'format' AS format, e.justification FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId"
     WHERE e.event = 'offence.summary-printed' AND e."entityId" = $1 AND u.email = $2 ORDER BY e.id`,
    [String(offence.id), chair.email],
  );
  expect(rows.map((r) => r.format)).toEqual(["print", "pdf", "pdf"]);
  for (const row of rows) expect(row.justification).toBe(REASON);
});

test("a partner can neither open the print view nor download the PDF", async ({ page }) => {
  await signInAs(page, "partner");
  const response = await page.request.post(`/offences/${offence.id}/summary.pdf`, {
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(403);
  await page.goto(`/offences/${offence.id}/summary`);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText(offence.crimeReference);
});
