import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";
import { demoNpuAreas } from "@/lib/geo/demo-areas";
import { checkGeofenceImport } from "@/lib/geo/server/import-geofences";
import { getGeofenceImport } from "@/lib/geo/server/get-geofence-import";

// A geofence upload's dry-run report is its uploader's: another analyst reading its id gets nothing.

withTestDatabase();

let id: number;

const actors = withActors({ mine: "ANALYST", other: "ANALYST" });
beforeAll(async () => {
  await ensureReferenceData(getPrisma());
  ({ id } = await checkGeofenceImport({
    actor: actors.mine,
    files: {
      areasFile: "npus.geojson",
      areasText: JSON.stringify(demoNpuAreas()),
      hotspotsFile: null,
      hotspotsText: null,
    },
  }));
});

describe("getGeofenceImport", () => {
  it("gives the uploader their report", async () => {
    const view = await getGeofenceImport({ actor: actors.mine, id });
    expect(view?.id).toBe(id);
    expect(view?.areasFile).toBe("npus.geojson");
  });

  it("gives another analyst nothing, even with the id", async () => {
    expect(await getGeofenceImport({ actor: actors.other, id })).toBeNull();
  });

  it("refuses roles without geofences.import", async () => {
    for (const role of ["INVESTIGATOR", "PARTNER", "ADMIN", "CHAIR"] as const) {
      const { actor } = await makeActor(role);
      await expect(getGeofenceImport({ actor, id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
