import { booleanPointInPolygon } from "@turf/turf";
import type { Area } from "@/lib/geo/geojson";

// Which hotspot held a point on a day (issue 17; domain.md "Hotspots, harm and patrols"): the
// geofence active on the day the offence occurred, boundary points inside. The bounding box only
// skips geofences that cannot hold the point; the test itself is turf's.

export type PlacementFence = {
  hotspotId: number;
  code: string;
  geometry: Area;
  minLat: number;
  minLon: number;
  maxLat: number;
  maxLon: number;
  activeFrom: string; // ISO day
  activeTo: string | null;
};

export class Placement {
  constructor(private readonly fences: readonly PlacementFence[]) {}

  get size(): number {
    return this.fences.length;
  }

  /** The hotspot id holding the point on that ISO day, or null (outside every hotspot). */
  place(latitude: number, longitude: number, day: string): PlacementFence | null {
    for (const f of this.fences) {
      if (day < f.activeFrom || (f.activeTo !== null && day > f.activeTo)) continue;
      if (latitude < f.minLat || latitude > f.maxLat || longitude < f.minLon || longitude > f.maxLon)
        continue;
      if (booleanPointInPolygon([longitude, latitude], f.geometry)) return f;
    }
    return null;
  }
}
