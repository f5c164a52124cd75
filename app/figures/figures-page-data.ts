import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { atMost, PER_REQUEST_CONNECTIONS } from "@/lib/db/at-most";
import type { FigureWindow } from "@/lib/figures/rules";
import type { FigureRows } from "@/lib/figures/server/figure-sql";
import { getYtdTables } from "@/lib/figures/server/get-ytd-tables";
import { getOutcomeRates } from "@/lib/figures/server/get-outcome-rates";
import { getOutcomeMix } from "@/lib/figures/server/get-outcome-mix";
import { getOutcomeTime } from "@/lib/figures/server/get-outcome-time";
import { getMonthlyTrend } from "@/lib/figures/server/get-monthly-trend";
import { getNpuBreakdown } from "@/lib/figures/server/get-npu-breakdown";
import { getHotspotShare } from "@/lib/figures/server/get-hotspot-share";
import { knifeU25Filters } from "@/lib/hotspots/map-filters";
import { countMapPointsByNpu } from "@/lib/hotspots/server/count-map-points-by-npu";
import { listHotspotAreas, listNpuAreas } from "@/lib/hotspots/server/list-hotspot-areas";
import { listMapPoints } from "@/lib/hotspots/server/list-map-points";

// The /figures page's reads, in one place so the page and `npm run bench` (scripts/bench/figures-bench.ts)
// time the same work. It lives beside the page, not in lib/figures: it reads the map from lib/hotspots,
// which itself imports lib/figures' SQL.

/** Every read of the /figures page for the window: the tables, then the map's (issue 17). */
export async function loadFiguresPage({
  actor,
  window,
  source,
}: {
  actor: Actor;
  window: FigureWindow;
  /** Where the tables' rows come from; the page reads the kept stores (the default), the bench both. */
  source?: FigureRows;
}) {
  const options = { actor, window, source };
  // The map: the period's knife-used SYV, the same offences as the knife table's.
  const filters = knifeU25Filters(window.current);
  const scope = { syv: true };
  const offences = can(actor, "offences.read");
  // Two at a time: the pool holds the page's reads to its share (some of these read twice at once).
  const [ytd, rates, mix, time, trend, npu, hotspots, npuAreas, hotspotAreas, found, byNpu] = await atMost(
    PER_REQUEST_CONNECTIONS,
    [
      () => getYtdTables(options),
      () => getOutcomeRates(options),
      () => getOutcomeMix(options),
      () => getOutcomeTime(options),
      () => getMonthlyTrend(options),
      () => getNpuBreakdown(options),
      () => getHotspotShare(options),
      () => listNpuAreas({ actor }),
      () => listHotspotAreas({ actor, asAt: window.asAt }),
      () => (offences ? listMapPoints({ actor, filters, scope }) : null),
      () => (offences ? countMapPointsByNpu({ actor, filters, scope }) : null),
    ],
  );
  return {
    // The year-to-date and outcome-mix loaders each answer two tables.
    tables: { ytd: ytd[0], knife: ytd[1], rates, mix: mix[0], mixByNpu: mix[1], time, trend, npu, hotspots },
    map: { npuAreas, hotspotAreas, found, byNpu },
  };
}
