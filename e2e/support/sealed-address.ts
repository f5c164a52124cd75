import { expect, type Page } from "@playwright/test";

// Issue 18: a name searched for never stands in an address (browser history, proxy logs); the page
// comes back sealed to the user and its links carry the token instead.

/** Fails when the address, decoded and in any case, holds the name. */
export function expectNameNotIn(url: string, name: string): void {
  expect(decodeURIComponent(url).toLowerCase()).not.toContain(name.toLowerCase());
}

/** Fails when the page's address or any link it makes (`a[href^=…]` for each path) holds the name. */
export async function expectNameNotInPage(page: Page, name: string, linkPaths: string[]): Promise<void> {
  expectNameNotIn(page.url(), name);
  const links = page.locator(linkPaths.map((path) => `a[href^='${path}']`).join(", "));
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")))
    expectNameNotIn(href, name);
}
