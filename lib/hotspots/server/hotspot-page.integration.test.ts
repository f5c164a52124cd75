import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { figureWindow, percentage, percentNumber } from "@/lib/figures/rules";
import { getFigureTable } from "@/lib/figures/server/get-figure-table";
import { getHotspot } from "@/lib/hotspots/server/get-hotspot";
import { getHotspotFigures } from "@/lib/figures/server/get-hotspot-figures";
import { listOffences } from "@/lib/offences/server/list-offences";
import { knifeU25Filters } from "@/lib/hotspots/map-filters";
import { countMapPointsByNpu } from "@/lib/hotspots/server/count-map-points-by-npu";
import { listMapPoints } from "@/lib/hotspots/server/list-map-points";
import { makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createOffence } from "@/prisma/factories/create-offence";
import { day, ensureReferenceData } from "@/prisma/factories/create-reference-data";
import { squareGeofence } from "@/lib/testing/square-geofence";

// Issue 17, the hotspot page: one hotspot's SYV, knife used and harm this period against the same
// period last year, read back against a small fixture, and the drill-down count agreeing with them.

withTestDatabase();
const TODAY = "2026-11-27";
const window = figureWindow({ asAt: "2026-10-31" }, TODAY);
let hotspotId: number;

/** A square geofence ~450 m across around the point, in force from 2000 (to `until`, if given). */
const squareFence = (id: number, lat: number, lon: number, until: string | null) =>
  squareGeofence(getPrisma(), id, lat, lon, until);

const actors = withActors({ chair: "CHAIR" });
beforeAll(async () => {
  const prisma = getPrisma();
  const ref = await ensureReferenceData(prisma);
  hotspotId = ref.hotspot("HS01");
  // A small square geofence around HS01's centre, in force from 2000.
  const [lat, lon] = [52.474, -1.81];
  await squareFence(hotspotId, lat, lon, null);
  await prisma.harmWeight.createMany({
    data: [
      { offenceCode: "8N", weight: 270, effectiveFrom: day("2000-01-01"), source: "Fixture" },
      { offenceCode: "5D", weight: 1460, effectiveFrom: day("2000-01-01"), source: "Fixture" },
    ],
  });
  const at = { hotspotId, latitude: lat, longitude: lon };
  // This period (1 Apr to 31 Oct 2026): three SYV offences, two with a knife.
  await createOffence(prisma, { ...at, recordedOn: day("2026-05-01") });
  await createOffence(prisma, { ...at, recordedOn: day("2026-06-01"), knifeUsed: true });
  await createOffence(prisma, { ...at, recordedOn: day("2026-10-31"), knifeUsed: true, offenceCode: "5D" });
  // Not SYV (victim 30), and recorded after the as-at day: neither counts.
  await createOffence(prisma, { ...at, recordedOn: day("2026-07-01"), youngestVictimAge: 30 });
  await createOffence(prisma, { ...at, recordedOn: day("2026-11-05"), knifeUsed: true });
  // The same period last year: one, with a knife; and one the day after it ends.
  await createOffence(prisma, { ...at, recordedOn: day("2025-09-01"), knifeUsed: true });
  await createOffence(prisma, { ...at, recordedOn: day("2025-11-01") });
  // Unplaced (no point): in no hotspot, named beside the figures.
  await createOffence(prisma, { recordedOn: day("2026-06-15") });
});

describe("the hotspot page's figures", () => {
  it("counts SYV, knife used and harm this period against the same period last year", async () => {
    const figures = await getHotspotFigures({ actor: actors.chair, window });
    const row = figures.hotspots.find((h) => h.id === hotspotId)!;
    expect(row.current).toEqual({ syv: 3, knife: 2, harm: 270 + 270 + 1460 });
    expect(row.previous).toEqual({ syv: 1, knife: 1, harm: 270 });
    expect(figures.headline.unplaced.syv).toBe(1);
    expect(figures.headline.total.syv).toBe(4);
  });

  it("the drill-down lists exactly the offences the SYV figure counts", async () => {
    const list = await listOffences({
      actor: actors.chair,
      query: {
        filters: { scrutiny: true, u25: true, ...window.current, hotspot: hotspotId },
        sort: "recorded",
        dir: "desc",
        page: 1,
        size: 25,
      },
    });
    expect(list.total).toBe(3);
    expect(list.rows.map((r) => r.recordedOn)).toEqual(["2026-10-31", "2026-06-01", "2026-05-01"]);
    const [direct] = await getPrisma().$queryRaw<[{ n: number }]>`
      SELECT count(*)::int AS n FROM "Offence" WHERE "hotspotId" = ${hotspotId} AND "youngestVictimAge" < 25
        AND "recordedOn" BETWEEN '2026-04-01'::date AND '2026-10-31'::date`;
    expect(direct.n).toBe(3);
  });

  it("a partner reads the geofence but never the figures or the offences", async () => {
    const partner = (await makeActor("PARTNER")).actor;
    const hotspot = await getHotspot({ actor: partner, id: hotspotId, asAt: window.asAt });
    expect(hotspot.code).toBe("HS01");
    expect(hotspot.geometry?.type).toBe("Polygon");
    await expect(getHotspotFigures({ actor: partner, window })).rejects.toThrow();
    await expect(
      listOffences({
        actor: partner,
        query: { filters: { hotspot: hotspotId }, sort: "recorded", dir: "desc", page: 1, size: 25 },
      }),
    ).rejects.toThrow();
  });

  it("a hotspot with no geofence on the as-at day has no geometry; an unknown id is not found", async () => {
    const before = await getHotspot({ actor: actors.chair, id: hotspotId, asAt: "1999-12-31" });
    expect(before.geometry).toBeNull();
    await expect(getHotspot({ actor: actors.chair, id: 999_999, asAt: window.asAt })).rejects.toThrow(
      "That record could not be found.",
    );
  });
});

describe("the maps on the hotspot page and the figures (issue 17)", () => {
  it("the hotspot's map draws exactly the knife-used SYV its figures count, each with its offence id", async () => {
    const prisma = getPrisma();
    // Knife used in the hotspot in the period, but threats to kill is no SYV code: not on this map.
    const threat = await createOffence(prisma, {
      hotspotId,
      latitude: 52.474,
      longitude: -1.81,
      recordedOn: day("2026-08-01"),
      knifeUsed: true,
      offenceCode: "3B",
    });
    const filters = knifeU25Filters(window.current);
    const found = await listMapPoints({ actor: actors.chair, filters, scope: { syv: true, hotspotId } });
    const row = (await getHotspotFigures({ actor: actors.chair, window })).hotspots.find(
      (h) => h.id === hotspotId,
    )!;
    expect(found.points).toHaveLength(row.current.knife);
    expect(found.total).toBe(2);
    const direct = await prisma.offence.findMany({
      where: {
        hotspotId,
        knifeUsed: true,
        youngestVictimAge: { lt: 25 },
        offenceCode: { in: ["8N", "5D"] },
        recordedOn: { gte: day("2026-04-01"), lte: day("2026-10-31") },
      },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    expect(found.points.map((p) => p.id).sort((a, b) => a - b)).toEqual(direct.map((d) => d.id));
    // The force map without the SYV scope (the /map page's definition) does draw the threat.
    const all = await listMapPoints({ actor: actors.chair, filters, scope: { hotspotId } });
    expect(all.points.map((p) => p.id)).toContain(threat.id);
  });

  it("the figures' map table counts by NPU add up to the knife-used SYV of the period", async () => {
    const filters = knifeU25Filters(window.current);
    const rows = await countMapPointsByNpu({ actor: actors.chair, filters, scope: { syv: true } });
    const npus = await getPrisma().npu.count();
    expect(rows).toHaveLength(npus);
    const figures = await getHotspotFigures({ actor: actors.chair, window });
    expect(rows.reduce((s, r) => s + r.total, 0)).toBe(figures.headline.total.knife);
    expect(rows.reduce((s, r) => s + r.inHotspots, 0)).toBe(figures.headline.inside.knife);
    const found = await listMapPoints({ actor: actors.chair, filters, scope: { syv: true } });
    expect(rows.reduce((s, r) => s + r.placed, 0)).toBe(found.points.length);
  });

  it("a partner never reads a map's offences", async () => {
    const partner = (await makeActor("PARTNER")).actor;
    const filters = knifeU25Filters(window.current);
    await expect(listMapPoints({ actor: partner, filters, scope: { hotspotId } })).rejects.toThrow();
    await expect(countMapPointsByNpu({ actor: partner, filters })).rejects.toThrow();
  });
});

describe("one definition of harm (issue 17)", () => {
  const sum = (rows: { current: { harm: number } }[]) => rows.reduce((s, r) => s + r.current.harm, 0);

  it("the force headline's harm is the sum of the hotspots' harm, and /figures' share table says the same", async () => {
    const { headline, hotspots } = await getHotspotFigures({ actor: actors.chair, window });
    // By hand from the fixture's weights: inside 270 + 270 + 1,460; the unplaced 8N adds 270.
    expect(headline.inside.harm).toBe(2000);
    expect(headline.total.harm).toBe(2270);
    expect(sum(hotspots)).toBe(headline.inside.harm);
    const table = await getFigureTable({ actor: actors.chair, id: "hotspots", window });
    const inside = table.csv.rows.find((r) => r[0] === "Inside hotspots")!;
    const at = (column: string) => inside[table.csv.columns.indexOf(column)];
    expect(at("Harm (days)")).toBe(2000);
    expect(at("Share of harm %")).toBe(percentNumber(percentage(headline.inside.harm, headline.total.harm)));
    expect(at("Offences")).toBe(headline.inside.syv);
    // Not the typed-in harm score (10 on every fixture offence).
    expect(at("Share of harm %")).toBe(88.11);
  });

  it("a hotspot whose geofence ended before the as-at day keeps its row while it holds offences", async () => {
    const prisma = getPrisma();
    const ref = await ensureReferenceData(prisma);
    const retired = ref.hotspot("HS02");
    const [lat, lon] = [52.5, -1.85];
    await squareFence(retired, lat, lon, "2026-06-30");
    await createOffence(prisma, {
      hotspotId: retired,
      latitude: lat,
      longitude: lon,
      recordedOn: day("2026-05-10"),
      offenceCode: "5D",
    });
    const { headline, hotspots } = await getHotspotFigures({ actor: actors.chair, window });
    const row = hotspots.find((h) => h.id === retired)!;
    expect(row).toMatchObject({ areaKm2: null, current: { syv: 1, knife: 0, harm: 1460 } });
    expect(headline.inside.harm).toBe(3460);
    expect(sum(hotspots)).toBe(headline.inside.harm);
    // The area and the count are the geofences standing on the as-at day only.
    expect(headline.hotspotCount).toBe(hotspots.filter((h) => h.areaKm2 !== null).length);
    const table = await getFigureTable({ actor: actors.chair, id: "hotspots", window });
    const inside = table.csv.rows.find((r) => r[0] === "Inside hotspots")!;
    expect(inside[table.csv.columns.indexOf("Harm (days)")]).toBe(3460);
  });
});
