import {
  area,
  bbox,
  booleanIntersects,
  booleanWithin,
  difference,
  featureCollection,
  feature,
  intersect,
  union,
} from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { dayOfDbDate, dbDateOf, formatDay, parseDay, type IsoDay } from "@/lib/dates/day";
import {
  parseAreas,
  sameGeometry,
  textProp,
  type Area,
  type GeoProblem,
  type ParsedFeature,
} from "@/lib/geo/geojson";

// The dry run of a geofence import (issue 17), pure: what the files would change and every problem.
// The import writes exactly this plan, in one transaction, and only when it has no problems.

/** Slivers below this (m²) are rounding at the shared edge of two drawings, not an overlap. */
const TOLERANCE_M2 = 50;
/** NPU boundaries are drawn at a coarser scale; their shared edges may disagree by a few metres. */
const NPU_TOLERANCE_M2 = 2_000;
/** The day a hotspot's first geofence starts when the file gives no active_from. */
export const BEGINNING: IsoDay = "2000-01-01";
const CODE = /^[A-Z0-9][A-Z0-9-]{0,11}$/;
const npuChoice = (names: readonly string[]) =>
  names.length ? `use one of ${names.join(", ")}` : "no NPUs exist yet: load the reference data first";

export type StoredGeofence = {
  code: string;
  npu: string;
  geometry: Area;
  activeFrom: IsoDay;
  activeTo: IsoDay | null;
};
export type GeofenceWorld = {
  npuNames: readonly string[];
  npuBoundaries: { name: string; geometry: Area }[];
  /** The latest geofence of each stored hotspot. */
  latest: StoredGeofence[];
  today: IsoDay;
};
export type PlannedNpu = { name: string; geometry: Area; areaKm2: number };
export type PlannedHotspot = {
  code: string;
  name: string;
  npu: string;
  geometry: Area;
  areaKm2: number;
  bbox: [number, number, number, number];
  activeFrom: IsoDay;
  activeTo: IsoDay | null;
  change: "new" | "redrawn" | "unchanged" | "renamed";
  /** For a redraw: the day the previous geofence ends. */
  closePreviousOn: IsoDay | null;
};
export type GeofencePlan = {
  npus: PlannedNpu[];
  hotspots: PlannedHotspot[];
  problems: GeoProblem[];
  forceAreaKm2: number;
  hotspotAreaKm2: number;
};

export function planGeofences(
  input: { areasText?: string | null; hotspotsText?: string | null },
  world: GeofenceWorld,
): GeofencePlan {
  const problems: GeoProblem[] = [];
  const npus = input.areasText ? planNpus(input.areasText, world, problems) : [];
  const boundaries = npus.length ? npus : world.npuBoundaries;
  const force = unionOf(boundaries.map((b) => b.geometry));
  const npuShapes = boundaries.map((b) => b.geometry);
  const hotspots = input.hotspotsText
    ? planHotspots(input.hotspotsText, world, force, npuShapes, problems)
    : [];
  if (!input.areasText && !input.hotspotsText)
    problems.push({
      file: "areas",
      feature: null,
      reason: "Choose an NPU boundaries file, a hotspots file or both",
    });
  const current = hotspots.filter((h) => !h.activeTo || h.activeTo >= world.today);
  return {
    npus,
    hotspots,
    problems,
    forceAreaKm2: force ? area(force) / 1e6 : 0,
    hotspotAreaKm2: current.reduce((s, h) => s + h.areaKm2, 0),
  };
}

function planNpus(text: string, world: GeofenceWorld, problems: GeoProblem[]): PlannedNpu[] {
  const parsed = parseAreas(text, "areas");
  problems.push(...parsed.problems);
  const seen = new Set<string>();
  const out: PlannedNpu[] = [];
  for (const f of parsed.features) {
    const name = textProp(f.properties, "npu") || textProp(f.properties, "name");
    const known = world.npuNames.find((n) => n.toLowerCase() === name.toLowerCase());
    const problem = (reason: string) => problems.push({ file: "areas", feature: f.index, reason });
    if (!name) problem("The feature has no npu (or name) property");
    else if (!known) problem(`“${name}” is not an NPU: ${npuChoice(world.npuNames)}`);
    else if (seen.has(known)) problem(`${known} appears twice: one boundary per NPU (use a MultiPolygon)`);
    else {
      seen.add(known);
      out.push({ name: known, geometry: f.geometry, areaKm2: f.areaKm2 });
    }
  }
  for (let i = 0; i < out.length; i++)
    for (let j = i + 1; j < out.length; j++) {
      const m2 = overlapM2(out[i]!.geometry, out[j]!.geometry);
      if (m2 > NPU_TOLERANCE_M2)
        problems.push({
          file: "areas",
          feature: null,
          reason: `${out[i]!.name} and ${out[j]!.name} overlap by ${formatM2(m2)}: NPU boundaries must not overlap`,
        });
    }
  return out;
}

function planHotspots(
  text: string,
  world: GeofenceWorld,
  force: Feature<Polygon | MultiPolygon> | null,
  npuShapes: Area[],
  problems: GeoProblem[],
): PlannedHotspot[] {
  const parsed = parseAreas(text, "hotspots");
  problems.push(...parsed.problems);
  if (!force) {
    problems.push({
      file: "hotspots",
      feature: null,
      reason:
        "No NPU boundaries are loaded, so the force area is unknown: import the NPU boundaries first or with this file",
    });
    return [];
  }
  const latest = new Map(world.latest.map((g) => [g.code, g]));
  const planned: PlannedHotspot[] = [];
  for (const f of parsed.features) {
    const hotspot = planOne(f, world, latest, force, npuShapes, problems);
    if (hotspot) planned.push(hotspot);
  }
  checkDuplicatesAndOverlaps(planned, world, problems);
  return planned;
}

function planOne(
  f: ParsedFeature,
  world: GeofenceWorld,
  latest: Map<string, StoredGeofence>,
  force: Feature<Polygon | MultiPolygon>,
  npuShapes: Area[],
  problems: GeoProblem[],
): PlannedHotspot | null {
  const code = textProp(f.properties, "code").toUpperCase();
  const name = textProp(f.properties, "name");
  const npuText = textProp(f.properties, "npu");
  const npu = world.npuNames.find((n) => n.toLowerCase() === npuText.toLowerCase());
  const count = problems.length;
  const problem = (reason: string) => problems.push({ file: "hotspots", feature: f.index, code, reason });
  if (!CODE.test(code)) problem("The code must be 1-12 letters, digits or hyphens (e.g. HS01)");
  if (!name) problem("The feature has no name");
  if (!npu) problem(`“${npuText}” is not an NPU: ${npuChoice(world.npuNames)}`);
  const from = dayProp(f, "active_from", problem);
  const to = dayProp(f, "active_to", problem);
  if (from && to && to < from) problem("active_to is before active_from");
  const outsideM2 = outsideM2Of(f.geometry, npuShapes, force);
  if (outsideM2 > TOLERANCE_M2)
    problem(`${formatM2(outsideM2)} of the geofence is outside the force area (the NPU boundaries)`);
  if (problems.length > count || !npu) return null;

  const before = latest.get(code);
  let change: PlannedHotspot["change"] = "new";
  let activeFrom = from ?? BEGINNING;
  let closePreviousOn: IsoDay | null = null;
  if (before) {
    if (sameGeometry(before.geometry, f.geometry) && (!from || from === before.activeFrom)) {
      change = before.npu === npu && before.activeTo === (to ?? null) ? "unchanged" : "renamed";
      activeFrom = before.activeFrom;
    } else {
      change = "redrawn";
      activeFrom = from ?? world.today;
      if (activeFrom <= before.activeFrom) {
        problem(
          `A redrawn geofence must start after the current one (from ${formatDay(before.activeFrom)}): history is kept, never rewritten`,
        );
        return null;
      }
      closePreviousOn = dayBefore(activeFrom);
    }
  }
  return {
    code,
    name,
    npu,
    geometry: f.geometry,
    areaKm2: f.areaKm2,
    bbox: f.bbox,
    activeFrom,
    activeTo: to,
    change,
    closePreviousOn,
  };
}

function checkDuplicatesAndOverlaps(planned: PlannedHotspot[], world: GeofenceWorld, problems: GeoProblem[]) {
  const byCode = new Map<string, PlannedHotspot>();
  for (const h of planned) {
    if (byCode.has(h.code))
      problems.push({
        file: "hotspots",
        feature: null,
        code: h.code,
        reason: `The code ${h.code} appears twice`,
      });
    byCode.set(h.code, h);
  }
  // Stored hotspots the file leaves as they are still count: a new drawing may not cover them.
  const others = world.latest
    .filter((g) => !byCode.has(g.code))
    .map((g) => ({ code: g.code, geometry: g.geometry, activeFrom: g.activeFrom, activeTo: g.activeTo }));
  const all = [...planned, ...others];
  for (let i = 0; i < planned.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = planned[i]!;
      const b = all[j]!;
      if (a.code === b.code || !datesOverlap(a, b)) continue;
      const m2 = overlapM2(a.geometry, b.geometry);
      if (m2 > TOLERANCE_M2)
        problems.push({
          file: "hotspots",
          feature: null,
          code: a.code,
          reason: `${a.code} and ${b.code} overlap by ${formatM2(m2)}: an offence there would be in both`,
        });
    }
}

const datesOverlap = (
  a: { activeFrom: IsoDay; activeTo: IsoDay | null },
  b: { activeFrom: IsoDay; activeTo: IsoDay | null },
) => (a.activeTo ?? "9999-12-31") >= b.activeFrom && (b.activeTo ?? "9999-12-31") >= a.activeFrom;

function overlapM2(a: Area, b: Area): number {
  const [aw, as, ae, an] = bbox(a);
  const [bw, bs, be, bn] = bbox(b);
  if (aw > be || bw > ae || as > bn || bs > an || !booleanIntersects(a, b)) return 0;
  const shared = intersect(featureCollection([feature(a), feature(b)]));
  return shared ? area(shared) : 0;
}

/** Area of the geofence outside the force area; the usual case (inside one NPU) is decided quickly. */
function outsideM2Of(g: Area, npuShapes: Area[], force: Feature<Polygon | MultiPolygon>): number {
  if (npuShapes.some((n) => booleanWithin(g, n))) return 0;
  const outside = difference(featureCollection([feature(g), force]));
  return outside ? area(outside) : 0;
}

function unionOf(geometries: Area[]): Feature<Polygon | MultiPolygon> | null {
  if (geometries.length === 0) return null;
  if (geometries.length === 1) return feature(geometries[0]!);
  return union(featureCollection(geometries.map((g) => feature(g))));
}

function dayProp(f: ParsedFeature, key: string, problem: (reason: string) => void): IsoDay | null {
  const text = textProp(f.properties, key);
  if (!text) return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDay(text) : null;
  if (!day) problem(`${key} “${text}” is not a date (YYYY-MM-DD)`);
  return day;
}

export const dayBefore = (day: IsoDay): IsoDay => dayOfDbDate(new Date(dbDateOf(day).getTime() - 86_400_000));

const formatM2 = (m2: number) =>
  m2 >= 1e5 ? `${(m2 / 1e6).toFixed(2)} km²` : `${Math.round(m2).toLocaleString("en-GB")} m²`;
