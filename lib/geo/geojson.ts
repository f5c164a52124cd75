import { area, bbox, kinks } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";

// Reading GeoJSON geofences (issue 17). Pure: parses one file's text into features with their
// geometry checked (WGS84, closed rings, no self-intersection) and their properties as text. The
// geometry tests are @turf/turf's; nothing here decides "inside" by hand.

export type Area = Polygon | MultiPolygon;
export type GeoProblem = {
  file: "areas" | "hotspots";
  feature: number | null;
  code?: string;
  reason: string;
};
export type ParsedFeature = {
  index: number; // 1-based, as a person counts features in the file
  geometry: Area;
  properties: Record<string, unknown>;
  areaKm2: number;
  bbox: [number, number, number, number]; // minLon, minLat, maxLon, maxLat
};

const WGS84_CRS = new Set([
  "urn:ogc:def:crs:OGC:1.3:CRS84",
  "urn:ogc:def:crs:OGC::CRS84",
  "urn:ogc:def:crs:EPSG::4326",
  "EPSG:4326",
]);

export function parseAreas(
  text: string,
  file: GeoProblem["file"],
): { features: ParsedFeature[]; problems: GeoProblem[] } {
  const problems: GeoProblem[] = [];
  const fail = (reason: string) => ({ features: [], problems: [{ file, feature: null, reason }] });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("The file is not valid JSON");
  }
  const root = json as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  if (root?.type !== "FeatureCollection" || !Array.isArray(root.features))
    return fail("The file must be a GeoJSON FeatureCollection");
  const crs = root.crs?.properties?.name;
  if (crs !== undefined && !WGS84_CRS.has(String(crs)))
    return fail(
      `The coordinates are in ${String(crs)}: export the file as WGS84 (EPSG:4326) longitude/latitude`,
    );

  const features: ParsedFeature[] = [];
  (root.features as Feature[]).forEach((feature, i) => {
    const index = i + 1;
    const problem = (reason: string) => problems.push({ file, feature: index, reason });
    const raw = feature?.geometry as { type?: string } | null | undefined;
    if (!raw || (raw.type !== "Polygon" && raw.type !== "MultiPolygon")) {
      problem(`The geometry must be a Polygon or MultiPolygon, not ${raw?.type ?? "missing"}`);
      return;
    }
    const geometry = raw as Area;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const ringProblem = polygons.flat().map(checkRing).find(Boolean);
    if (ringProblem) {
      problem(ringProblem);
      return;
    }
    const crossings = kinks({ type: "Feature", geometry, properties: {} } as Feature<Polygon>).features;
    if (crossings.length > 0) {
      const [lon, lat] = crossings[0]!.geometry.coordinates as [number, number];
      problem(`The boundary crosses itself near ${lat.toFixed(5)}, ${lon.toFixed(5)}`);
      return;
    }
    features.push({
      index,
      geometry,
      properties: (feature.properties ?? {}) as Record<string, unknown>,
      areaKm2: area(geometry) / 1_000_000,
      bbox: bbox(geometry) as [number, number, number, number],
    });
  });
  return { features, problems };
}

function checkRing(ring: Position[]): string | null {
  if (!Array.isArray(ring) || ring.length < 4)
    return "A ring needs at least four positions (a closed triangle)";
  for (const p of ring) {
    if (!Array.isArray(p) || typeof p[0] !== "number" || typeof p[1] !== "number")
      return "A position must be [longitude, latitude] numbers";
    if (Math.abs(p[0]) > 180 || Math.abs(p[1]) > 90)
      return `The position [${p[0]}, ${p[1]}] is not longitude/latitude (projected coordinates such as British National Grid?): export the file as WGS84 (EPSG:4326)`;
  }
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1])
    return "A ring is not closed: its last position must repeat its first";
  return null;
}

/** The same shape, whatever the key order or float noise: to tell a redrawn geofence from a reimport. */
export function sameGeometry(a: Area, b: Area): boolean {
  const norm = (g: Area) =>
    JSON.stringify(g.type === "Polygon" ? [g.coordinates] : g.coordinates, (_k, v: unknown) =>
      typeof v === "number" ? Math.round(v * 1e7) / 1e7 : v,
    );
  return norm(a) === norm(b);
}

export const textProp = (p: Record<string, unknown>, key: string) =>
  typeof p[key] === "string" ? (p[key] as string).trim() : p[key] == null ? "" : String(p[key]).trim();
