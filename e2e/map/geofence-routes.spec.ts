import { expect, test } from "@playwright/test";
import { signInAs } from "../support/accounts";
import { queryE2eDatabase } from "../support/database";

// The geofence import's route handlers (issue 17) are the analyst's alone: every other role is
// refused before anything is read or written.

const areas = JSON.stringify({ type: "FeatureCollection", features: [] });

for (const role of ["chair", "investigator", "partner", "admin"] as const) {
  test(`the geofence upload and import are refused to the ${role}`, async ({ page }) => {
    await signInAs(page, role);
    const origin = new URL(page.url()).origin;
    const before = await queryE2eDatabase<{ n: string }>(`SELECT count(*)::text AS n FROM "GeofenceImport"`);
    const upload = await page.request.post("/imports/geofences/upload", {
      headers: { Origin: origin },
      multipart: {
        areas: { name: "npus.geojson", mimeType: "application/geo+json", buffer: Buffer.from(areas) },
      },
      maxRedirects: 0,
    });
    expect(upload.status()).toBe(403);
    const apply = await page.request.post("/imports/geofences/apply", {
      headers: { Origin: origin },
      form: { id: "1" },
      maxRedirects: 0,
    });
    expect(apply.status()).toBe(403);
    const after = await queryE2eDatabase<{ n: string }>(`SELECT count(*)::text AS n FROM "GeofenceImport"`);
    expect(after[0]!.n).toBe(before[0]!.n);
  });
}
