import { booleanPointInPolygon } from "@turf/turf";
import type { Area } from "@/lib/geo/geojson";

// The force area is the union of the NPU boundaries (issue 17). A point on a boundary is inside.

/** Whether the point lies in one of the NPU boundaries; true when none is loaded (the area is unknown). */
export function inForceArea(boundaries: readonly Area[], latitude: number, longitude: number): boolean {
  return boundaries.length === 0 || boundaries.some((b) => booleanPointInPolygon([longitude, latitude], b));
}
