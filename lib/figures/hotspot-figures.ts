import type { FigureWindow } from "@/lib/figures/rules";

// The hotspot figures' shapes (issue 17), shared by the data function
// (lib/figures/server/get-hotspot-figures.ts), /figures' hotspot share table and the hotspot pages.

export type PeriodCounts = { syv: number; knife: number; harm: number };
export type HotspotFigureRow = {
  id: number;
  code: string;
  name: string;
  npu: string;
  /** The geofence's area on the as-at day; null when none stood then (the row is there for its offences). */
  areaKm2: number | null;
  current: PeriodCounts;
  previous: PeriodCounts;
  /** Offences placed here by their point whose RMS hotspot code says otherwise. */
  rmsDisagree: number;
};
export type HotspotHeadline = {
  asAt: string;
  hotspotCount: number;
  hotspotAreaKm2: number;
  forceAreaKm2: number;
  /** In-scope offences in the current period: all, inside hotspots, placed outside, unplaced. */
  total: PeriodCounts;
  inside: PeriodCounts;
  unplaced: PeriodCounts;
};
export type HotspotFigures = {
  headline: HotspotHeadline;
  hotspots: HotspotFigureRow[];
  window: FigureWindow;
};

/** A share as the report writes it: one decimal place, "n/a" with nothing to divide by. */
export function sharePercent(part: number, whole: number): string {
  return whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : "n/a";
}
