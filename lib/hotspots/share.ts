import type { Area } from "@/lib/geo/geojson";

// A hotspot's page head (issue 17). The hotspot figures' shapes are lib/figures/hotspot-figures.ts.

/** One hotspot's page head: its geofence as it stood on the as-at day (null when none stood). */
export type HotspotSummary = {
  id: number;
  code: string;
  name: string;
  npu: string;
  areaKm2: number | null;
  geometry: Area | null;
  activeFrom: string | null;
  activeTo: string | null;
};
