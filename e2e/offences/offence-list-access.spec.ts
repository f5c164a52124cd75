import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { actionResult, callServerAction, postFromPage } from "../support/server-actions";

// The offence list, its export and its preferences action refuse roles without "offences.read"
// (partners and administrators), however they are reached.

for (const role of ["partner", "admin"] as const) {
  test(`the ${role} cannot list, export or save list settings`, async ({ page }) => {
    await signInAs(page, role);
    await expect(page.getByRole("link", { name: "Offences", exact: true })).toHaveCount(0);

    const list = await page.goto("/offences");
    expect(list?.status()).toBe(403);
    const exportPage = await page.goto("/offences/export");
    expect(exportPage?.status()).toBe(403);

    const csv = await postFromPage(page, "/offences/export/csv", {
      form: { reason: "Testing", recipients: "Nobody" },
    });
    expect(csv.status()).toBe(403);
    expect(await csv.text()).not.toContain("OFFICIAL-SENSITIVE");

    const action = await callServerAction(page, "updateOffenceListPreferencesAction", [
      { columns: ["npu"], density: "compact" },
    ]);
    expect(await actionResult(action)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
  });
}

test("an export posted from another site is refused", async ({ page }) => {
  await signInAs(page, "analyst");
  const csv = await page.request.post("/offences/export/csv", {
    form: { reason: "Testing", recipients: "Nobody" },
    headers: { Origin: "https://evil.example" },
    maxRedirects: 0,
  });
  expect(csv.status()).toBe(403);
});
