import "server-only";
import type { FigureTable, FigureTableId } from "@/lib/figures/figure-table";
import type { FigureTableOptions } from "@/lib/figures/server/figure-sql";
import { getYtdTables } from "@/lib/figures/server/get-ytd-tables";
import { getOutcomeRates } from "@/lib/figures/server/get-outcome-rates";
import { getOutcomeMix } from "@/lib/figures/server/get-outcome-mix";
import { getOutcomeTime } from "@/lib/figures/server/get-outcome-time";
import { getMonthlyTrend } from "@/lib/figures/server/get-monthly-trend";
import { getNpuBreakdown } from "@/lib/figures/server/get-npu-breakdown";
import { getHotspotShare } from "@/lib/figures/server/get-hotspot-share";
import { getQuarterlyReturns } from "@/lib/figures/server/get-quarterly-returns";
import { getSvdCounts } from "@/lib/figures/server/get-svd-counts";

// `source` chooses where the figures' rows come from (figure-sql.ts); the quarterly return ignores it.
const LOADERS: Record<FigureTableId, (o: FigureTableOptions) => Promise<FigureTable>> = {
  ytd: async (o) => (await getYtdTables(o))[0],
  "knife-ytd": async (o) => (await getYtdTables(o))[1],
  "outcome-rate": getOutcomeRates,
  "outcome-mix": async (o) => (await getOutcomeMix(o))[0],
  "outcome-mix-npu": async (o) => (await getOutcomeMix(o))[1],
  "outcome-time": getOutcomeTime,
  trend: getMonthlyTrend,
  npu: getNpuBreakdown,
  hotspots: getHotspotShare,
  returns: getQuarterlyReturns,
  svd: getSvdCounts,
};

/** One table of the figures or returns pages by its id (the CSV export's source). */
export function getFigureTable({
  id,
  ...options
}: FigureTableOptions & { id: FigureTableId }): Promise<FigureTable> {
  return LOADERS[id](options);
}
