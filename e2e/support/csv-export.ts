import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";

// The CSV export forms the specs download through: what the form calls the data, its heading, and
// the name of the file it sends.
const EXPORT_FORMS = {
  offences: { what: "list", heading: "Export offences to CSV", file: /^offences-\d{4}-\d{2}-\d{2}\.csv$/ },
  "outcome-rate": {
    what: "table",
    heading: "Export a table to CSV",
    file: /^outcome-rate-\d{4}-\d{2}-\d{2}\.csv$/,
  },
} as const;

/**
 * On a CSV export form, opened: downloading without a reason is refused on the form, which passes
 * axe; with a reason of its own and the recipients, the file downloads, named as the form's files
 * are and marked OFFICIAL-SENSITIVE on its first line. Returns the reason (to find the audit row)
 * and the file's non-empty lines.
 */
export async function downloadWithReason(
  page: Page,
  formName: keyof typeof EXPORT_FORMS,
  recipients: string,
): Promise<{ reason: string; lines: string[] }> {
  const form = EXPORT_FORMS[formName];
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(form.heading);
  await page.getByRole("button", { name: "Download CSV" }).click();
  await expect(page.getByTestId("error-summary")).toContainText(
    `Enter why you are exporting this ${form.what}`,
  );
  await expectNoAxeViolations(page);

  const reason = `E2E ${formName} export ${Date.now()}`;
  await page.getByLabel(`Why are you exporting this ${form.what}?`).fill(reason);
  await page.getByLabel("Who will receive it?").fill(recipients);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(form.file);
  const lines = readFileSync((await download.path())!, "utf8")
    .split("\r\n")
    .filter(Boolean);
  expect(lines[0]).toBe("\uFEFFOFFICIAL-SENSITIVE");
  return { reason, lines };
}
