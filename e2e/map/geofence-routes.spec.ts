import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { postFromPage } from "../support/server-actions";
import { queryE2eDatabase } from "../support/database";
import { demoAccount } from "../../lib/reference/demo-accounts";

// The geofence import's route handlers (issue 17) are the analyst's alone: every other role is
// refused before anything is read or written.

const areas = JSON.stringify({ type: "FeatureCollection", features: [] });

for (const role of ["chair", "investigator", "partner", "admin"] as const) {
  test(`the geofence upload and import are refused to the ${role}`, async ({ page }) => {
    await signInAs(page, role);
    // This role's imports only, so an analyst's geofence import elsewhere in the suite cannot interfere.
    const imports = `SELECT count(*)::text AS n FROM "GeofenceImport" g JOIN "User" u ON u.id = g."startedById"
      WHERE u.email = '${demoAccount(role).email}'`;
    const before = await queryE2eDatabase<{ n: string }>(imports);
    const upload = await postFromPage(page, "/imports/geofences/upload", {
      multipart: {
        areas: { name: "npus.geojson", mimeType: "application/geo+json", buffer: Buffer.from(areas) },
      },
    });
    expect(upload.status()).toBe(403);
    const apply = await postFromPage(page, "/imports/geofences/apply", {
      form: { id: "1" },
    });
    expect(apply.status()).toBe(403);
    const after = await queryE2eDatabase<{ n: string }>(imports);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
}
