import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createOffence } from "@/prisma/factories/create-offence";
import { demoNpuAreas } from "@/lib/geo/demo-areas";
import { applyGeofenceImport, checkGeofenceImport } from "@/lib/geo/server/import-geofences";
import { SYSTEM_ACTOR } from "@/lib/audit/events";
import { dryRunImport } from "@/lib/imports/server/dry-run-import";
import { writeImport } from "@/lib/imports/server/write-import";
import { day } from "@/prisma/factories/create-reference-data";

// Issue 17: geofences imported from GeoJSON (checked, all or nothing, versioned) and offences
// placed by their point on the day they occurred.

withTestDatabase();

const areasText = JSON.stringify(demoNpuAreas());
// A square of ~0.6 km x 0.67 km in Birmingham East, well away from the demo hotspots' codes.
const W = -1.82;
const E = -1.81;
const S = 52.49;
const N = 52.496;
const square = (w: number, s: number, e: number, n: number) => [
  [
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ],
];
const hotspots = (features: object[]) => JSON.stringify({ type: "FeatureCollection", features });
const feature = (coordinates: unknown, properties: Record<string, unknown>, type = "Polygon") => ({
  type: "Feature",
  properties: { name: "Test hotspot", npu: "Birmingham East", ...properties },
  geometry: { type, coordinates },
});

const fenceCount = () => getPrisma().hotspotGeofence.count();

const actors = withActors({ analyst: "ANALYST" });

describe("a geofence import with problems", () => {
  it.each([
    [
      "projected (British National Grid) coordinates",
      feature(square(406000, 286000, 407000, 287000), { code: "T1" }),
      /not longitude\/latitude/,
    ],
    [
      "an unclosed ring",
      feature(
        [
          [
            [W, S],
            [E, S],
            [E, N],
            [W, N],
          ],
        ],
        { code: "T1" },
      ),
      /ring/,
    ],
    [
      "a ring that crosses itself",
      feature(
        [
          [
            [W, S],
            [E, N],
            [E, S],
            [W, N],
            [W, S],
          ],
        ],
        { code: "T1" },
      ),
      /crosses itself/,
    ],
    [
      "a hotspot outside the force area",
      feature(square(-0.2, 51.5, -0.19, 51.51), { code: "T1" }),
      /outside the force area/,
    ],
    [
      "a Point geometry",
      { type: "Feature", properties: { code: "T1" }, geometry: { type: "Point", coordinates: [W, S] } },
      /Polygon or MultiPolygon/,
    ],
  ])("refuses %s with a message, and writes nothing", async (_label, bad, message) => {
    const { id, report } = await checkGeofenceImport({
      actor: actors.analyst,
      files: { areasText, hotspotsText: hotspots([bad]) },
    });
    expect(report.problems.map((p) => p.reason).join("\n")).toMatch(message);
    const stored = await getPrisma().geofenceImport.findUniqueOrThrow({ where: { id } });
    expect(stored.status).toBe("REFUSED");
    await expect(applyGeofenceImport({ actor: actors.analyst, id })).rejects.toThrow();
    expect(await fenceCount()).toBe(0);
    expect((await getPrisma().npu.findFirstOrThrow({ where: { name: "Coventry" } })).boundary).toBeNull();
  });

  it("refuses duplicate codes and overlapping hotspots", async () => {
    const { report } = await checkGeofenceImport({
      actor: actors.analyst,
      files: {
        areasText,
        hotspotsText: hotspots([
          feature(square(W, S, E, N), { code: "T1" }),
          feature(square(W + 0.005, S, E + 0.005, N), { code: "T2" }),
          feature(square(W, S - 0.02, E, N - 0.02), { code: "T2" }),
        ]),
      },
    });
    const reasons = report.problems.map((p) => p.reason);
    expect(reasons).toContainEqual(expect.stringMatching(/T1 and T2 overlap by/));
    expect(reasons).toContainEqual("The code T2 appears twice");
    expect(await fenceCount()).toBe(0);
  });
});

describe("placing offences by their point", () => {
  const offences: Record<string, number> = {};

  beforeAll(async () => {
    const prisma = getPrisma();
    const at = async (
      key: string,
      latitude: number | null,
      longitude: number | null,
      occurred: string,
      rms?: string,
    ) => {
      const o = await createOffence(prisma, {
        latitude,
        longitude,
        occurredOn: day(occurred),
        recordedOn: day(occurred),
        rmsHotspotCode: rms ?? null,
      });
      offences[key] = o.id;
    };
    // Either side of the square's east edge (lon -1.81), ~7 m apart, and one exactly on it.
    await at("justInside", 52.493, -1.8101, "2025-03-01");
    await at("justOutside", 52.493, -1.8099, "2025-03-01");
    await at("onEdge", 52.493, -1.81, "2025-03-01");
    await at("noPoint", null, null, "2025-03-01");
    await at("rmsSaysOther", 52.492, -1.815, "2025-03-01", "HS05");
    // In the old square only / the new (shifted east) square only, around the redraw on 2025-06-01.
    await at("oldOnlyBefore", 52.492, -1.819, "2025-05-31");
    await at("oldOnlyAfter", 52.492, -1.819, "2025-06-01");
    await at("newOnlyAfter", 52.492, -1.806, "2025-06-02");
    await at("newOnlyBefore", 52.492, -1.806, "2025-05-30");
  });

  const hotspotOf = async (key: string) =>
    (
      await getPrisma().offence.findUniqueOrThrow({
        where: { id: offences[key]! },
        include: { hotspot: true },
      })
    ).hotspot?.code ?? null;

  it("dry run first: checking writes nothing; the import places points on both sides of an edge", async () => {
    const { id, report } = await checkGeofenceImport({
      actor: actors.analyst,
      files: {
        areasText,
        hotspotsText: hotspots([feature(square(W, S, E, N), { code: "T1", active_from: "2024-01-01" })]),
      },
    });
    expect(report.problems).toEqual([]);
    expect(report.hotspots.new).toBe(1);
    expect(report.hotspotAreaKm2).toBeGreaterThan(0.4);
    expect(await fenceCount()).toBe(0);

    const other = (await makeActor("ANALYST")).actor;
    await expect(applyGeofenceImport({ actor: other, id })).rejects.toThrow();
    const investigator = (await makeActor("INVESTIGATOR")).actor;
    await expect(checkGeofenceImport({ actor: investigator, files: { areasText } })).rejects.toThrow();

    await applyGeofenceImport({ actor: actors.analyst, id });
    expect(await fenceCount()).toBe(1);
    expect(await hotspotOf("justInside")).toBe("T1");
    expect(await hotspotOf("onEdge")).toBe("T1");
    expect(await hotspotOf("justOutside")).toBeNull();
    expect(await hotspotOf("noPoint")).toBeNull();
    const coventry = await getPrisma().npu.findFirstOrThrow({ where: { name: "Coventry" } });
    expect(coventry.boundary).not.toBeNull();
    const audit = await getPrisma().auditEvent.findFirst({ where: { event: "geofences.imported" } });
    expect(audit?.actorId).toBe(actors.analyst.id);
  });

  it("keeps the RMS hotspot code that disagrees with the point, and places by the point", async () => {
    expect(await hotspotOf("rmsSaysOther")).toBe("T1");
    const row = await getPrisma().offence.findUniqueOrThrow({ where: { id: offences.rmsSaysOther! } });
    expect(row.rmsHotspotCode).toBe("HS05");
  });

  it("judges each offence against the geofence that stood on the day it occurred", async () => {
    const { id, report } = await checkGeofenceImport({
      actor: actors.analyst,
      files: {
        hotspotsText: hotspots([
          feature(square(W + 0.006, S, E + 0.006, N), { code: "T1", active_from: "2025-06-01" }),
        ]),
      },
    });
    expect(report.problems).toEqual([]);
    expect(report.hotspots.redrawn).toBe(1);
    await applyGeofenceImport({ actor: actors.analyst, id });

    const versions = await getPrisma().hotspotGeofence.findMany({ orderBy: { activeFrom: "asc" } });
    expect(
      versions.map((v) => [
        v.activeFrom.toISOString().slice(0, 10),
        v.activeTo?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      ["2024-01-01", "2025-05-31"],
      ["2025-06-01", null],
    ]);
    expect(await hotspotOf("oldOnlyBefore")).toBe("T1");
    expect(await hotspotOf("oldOnlyAfter")).toBeNull();
    expect(await hotspotOf("newOnlyAfter")).toBe("T1");
    expect(await hotspotOf("newOnlyBefore")).toBeNull();
  });

  it("refuses a redraw that would rewrite history", async () => {
    const { report } = await checkGeofenceImport({
      actor: actors.analyst,
      files: {
        hotspotsText: hotspots([feature(square(W, S, E, N), { code: "T1", active_from: "2025-01-01" })]),
      },
    });
    expect(report.problems.map((p) => p.reason).join()).toMatch(/must start after the current one/);
    expect(await fenceCount()).toBe(2);
  });

  it("an RMS import keeps the file's hotspot code and places each offence by its point", async () => {
    const csv =
      "crime_reference,recorded_date,occurred_date,ho_offence_code,knife_used,npu,hotspot,latitude,longitude\r\n" +
      "GEO-1,2025-07-01,2025-07-01,8N,Y,Birmingham East,HS05,52.492,-1.806\r\n" +
      "GEO-2,2025-07-01,2025-07-01,8N,Y,Birmingham East,HS05,,\r\n";
    const importRun = await getPrisma().importRun.create({ data: { offencesFile: "offences.csv" } });
    const open = () => ({ offences: [csv], persons: null });
    await dryRunImport({ runId: importRun.id, open });
    const result = await writeImport({ runId: importRun.id, mode: "all", actor: SYSTEM_ACTOR, open });
    expect(result.written).toBe(true);
    const rows = await getPrisma().offence.findMany({
      where: { crimeReference: { in: ["GEO-1", "GEO-2"] } },
      include: { hotspot: true },
      orderBy: { crimeReference: "asc" },
    });
    expect(rows.map((r) => [r.crimeReference, r.hotspot?.code ?? null, r.rmsHotspotCode])).toEqual([
      ["GEO-1", "T1", "HS05"],
      ["GEO-2", null, "HS05"],
    ]);
  });
});
