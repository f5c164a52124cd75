import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA is a legal duty for UK public bodies: every page we visit must pass. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  // Next streams a page's <title> after its body: scanning before it arrives reports a missing title
  // that the user never sees (import.spec failed so in CI). Wait for it; a page with none still fails.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
  expect(summary).toEqual([]);
}
