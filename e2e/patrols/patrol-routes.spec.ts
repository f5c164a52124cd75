import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { postFromPage } from "../support/server-actions";
import { queryE2eDatabase } from "../support/database";
import { demoAccount } from "../../lib/reference/demo-accounts";

// The patrol import's and export's route handlers (issue 17): refused before anything is read or
// written to every role without the permission.

const file = Buffer.from("hotspot_code,date,minutes,patrol_type\nHS01,2026-01-05,30,FOOT\n");

for (const role of ["chair", "investigator", "partner", "admin"] as const) {
  test(`the patrol upload and import are refused to the ${role}`, async ({ page }) => {
    await signInAs(page, role);
    // This role's runs only: the analyst's patrol import in patrols.spec.ts may run at the same time.
    const runs = `select count(*)::int as n from "ImportRun" r join "User" u on u.id = r."startedById"
      where r.kind = 'patrols' and u.email = '${demoAccount(role).email}'`;
    const before = await queryE2eDatabase<{ n: number }>(runs);
    const upload = await postFromPage(page, "/imports/patrols/upload", {
      multipart: { patrols: { name: "p.csv", mimeType: "text/csv", buffer: file } },
    });
    expect(upload.status()).toBe(403);
    const apply = await postFromPage(page, "/imports/patrols/apply", {
      form: { run: "1" },
    });
    expect(apply.status()).toBe(403);
    expect(await queryE2eDatabase<{ n: number }>(runs)).toEqual(before);
  });
}

for (const role of ["investigator", "partner", "admin"] as const) {
  test(`the evaluation CSV is refused to the ${role}`, async ({ page }) => {
    await signInAs(page, role);
    const exports = `select count(*)::int as n from "AuditEvent" where event = 'export.downloaded' and "entityType" = 'patrol-evaluation'`;
    const before = await queryE2eDatabase<{ n: number }>(exports);
    const response = await postFromPage(page, "/patrols/export", {
      form: { reason: "Intruder", recipients: "Nobody" },
    });
    expect(response.status()).toBe(403);
    expect(await queryE2eDatabase<{ n: number }>(exports)).toEqual(before);
  });
}
