import { featureCollection, intersect, point, polygon, voronoi } from "@turf/turf";
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from "geojson";
import { HOTSPOTS, type HotspotRef } from "@/lib/reference/hotspots";
import { NPUS } from "@/lib/reference/npus";

// Synthetic NPU boundaries and hotspot geofences for the demo (issue 17): never a real boundary.
// Each NPU is its Voronoi cell around the synthetic centre, cut to a disc sized so the force area
// comes to ~902 km²; each hotspot is a 24-sided polygon with the area lib/reference gives it, so
// the 57 together are ~1.4% of the force area. The seed's offence points are drawn to agree
// (prisma/factories/build-offences.ts), so placing them by point reproduces ~19% of SYV.

/** Degrees to km as the synthetic data uses them around 52.5°N. */
export const KM_PER_DEG = { lat: 111, lon: 68 } as const;
/** Disc size over the NPU's nominal radius: solved so the union of the cells is ~902 km². */
const DISC_FACTOR = 1.155;
const HOTSPOT_SIDES = 24;

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

function regularPolygon(lat: number, lon: number, radiusKm: number, sides: number): Feature<Polygon> {
  const ring: [number, number][] = [];
  for (let i = 0; i < sides; i++) {
    const t = (2 * Math.PI * i) / sides;
    ring.push([
      round6(lon + (radiusKm * Math.sin(t)) / KM_PER_DEG.lon),
      round6(lat + (radiusKm * Math.cos(t)) / KM_PER_DEG.lat),
    ]);
  }
  ring.push(ring[0]!);
  return polygon([ring]);
}

/** Circumradius (km) of the regular polygon with the hotspot's area. */
export function hotspotCircumradiusKm(h: Pick<HotspotRef, "areaKm2">): number {
  const n = HOTSPOT_SIDES;
  return Math.sqrt((2 * h.areaKm2) / (n * Math.sin((2 * Math.PI) / n)));
}

/** Inradius (km): a point nearer the centre than this is inside the hotspot's polygon. */
export function hotspotInradiusKm(h: Pick<HotspotRef, "areaKm2">): number {
  return hotspotCircumradiusKm(h) * Math.cos(Math.PI / HOTSPOT_SIDES);
}

export function demoNpuAreas(): FeatureCollection<Polygon | MultiPolygon> {
  const centres = featureCollection(NPUS.map((n) => point([n.centre.longitude, n.centre.latitude])));
  const cells = voronoi(centres, { bbox: [-2.4, 52.25, -1.3, 52.75] });
  return featureCollection(
    NPUS.map((n, i) => {
      const disc = regularPolygon(
        n.centre.latitude,
        n.centre.longitude,
        Math.sqrt(n.areaKm2 / Math.PI) * DISC_FACTOR,
        64,
      );
      const cell = intersect(featureCollection([cells.features[i]!, disc]))!;
      return { type: "Feature", properties: { npu: n.name }, geometry: roundGeometry(cell.geometry) };
    }),
  );
}

export function demoHotspotAreas(): FeatureCollection<Polygon> {
  return featureCollection(
    HOTSPOTS.map((h) => {
      const shape = regularPolygon(h.latitude, h.longitude, hotspotCircumradiusKm(h), HOTSPOT_SIDES);
      shape.properties = { code: h.code, name: h.name, npu: h.npu };
      return shape;
    }),
  );
}

function roundGeometry<G extends Polygon | MultiPolygon>(g: G): G {
  return JSON.parse(JSON.stringify(g, (_k, v: unknown) => (typeof v === "number" ? round6(v) : v))) as G;
}
