import Link from "next/link";
import { FigureTableView } from "@/components/figures/figure-table-view";
import { FigureWindowErrors, FigureWindowForm } from "@/components/figures/figure-window-form";
import { TrendChart } from "@/components/figures/trend-chart";
import { BarChart } from "@/components/figures/charts/bar-chart";
import { ChangeChart } from "@/components/figures/charts/change-chart";
import { hotspotShareChart, npuChart, outcomeRateChart, ytdChangeChart } from "@/lib/figures/charts";
import { can } from "@/lib/auth/permissions";
import { atMost, PER_REQUEST_CONNECTIONS } from "@/lib/db/at-most";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { figureExportHref, inRange, SYV, type FigureTable } from "@/lib/figures/figure-table";
import { figureWindowMetadata } from "@/lib/figures/window-metadata";
import { figureWindowFromParams, rangeLabel } from "@/lib/figures/rules";
import { todayInUk } from "@/lib/dates/day";
import { getYtdTables } from "@/lib/figures/server/get-ytd-tables";
import { getOutcomeRates } from "@/lib/figures/server/get-outcome-rates";
import { getOutcomeMix } from "@/lib/figures/server/get-outcome-mix";
import { getOutcomeTime } from "@/lib/figures/server/get-outcome-time";
import { getMonthlyTrend } from "@/lib/figures/server/get-monthly-trend";
import { getNpuBreakdown } from "@/lib/figures/server/get-npu-breakdown";
import { getHotspotShare } from "@/lib/figures/server/get-hotspot-share";
import { ForceMapSection } from "@/components/map/force-map-section";
import { getEnv } from "@/lib/env";
import { knifeU25Filters } from "@/lib/hotspots/map-filters";
import { countMapPointsByNpu } from "@/lib/hotspots/server/count-map-points-by-npu";
import { listHotspotAreas, listNpuAreas } from "@/lib/hotspots/server/list-hotspot-areas";
import { listMapPoints, MAP_POINT_LIMIT } from "@/lib/hotspots/server/list-map-points";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const generateMetadata = figureWindowMetadata("Figures");

/** The board report's figures, for the chair to scrutinise: every number links to its offences. */
export default async function FiguresPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("figures.read");
  const params = await searchParams;
  const today = todayInUk();
  const window = figureWindowFromParams(params, today);
  const options = { actor, window };
  // The map (issue 17): the period's knife-used SYV, the same offences as the knife table's.
  const mapFilters = knifeU25Filters(window.current);
  const mapScope = { syv: true };
  const offences = can(actor, "offences.read");
  // Some of these read twice at once: two at a time keeps the page within its share of the pool.
  const [
    [ytd, knife],
    rates,
    [mix, mixByNpu],
    time,
    trend,
    npu,
    hotspots,
    npuAreas,
    hotspotAreas,
    found,
    byNpu,
  ] = await atMost(PER_REQUEST_CONNECTIONS - 1, [
    () => getYtdTables(options),
    () => getOutcomeRates(options),
    () => getOutcomeMix(options),
    () => getOutcomeTime(options),
    () => getMonthlyTrend(options),
    () => getNpuBreakdown(options),
    () => getHotspotShare(options),
    () => listNpuAreas({ actor }),
    () => listHotspotAreas({ actor, asAt: window.asAt }),
    () => (offences ? listMapPoints({ actor, filters: mapFilters, scope: mapScope }) : null),
    () => (offences ? countMapPointsByNpu({ actor, filters: mapFilters, scope: mapScope }) : null),
  ]);
  const canExport = can(actor, "figures.export");
  const view = (table: FigureTable) => (
    <FigureTableView table={table} exportHref={canExport ? figureExportHref(table.id, window) : undefined} />
  );

  return (
    <>
      <FigureWindowErrors window={window} />
      <h1 className="govuk-heading-l">Figures</h1>
      <p className="govuk-body">
        Serious youth violence: offences in Robbery, Violence with Injury, Attempt Murder or Homicide where
        the youngest victim was under 25 on the day, counted by the date they were recorded. Select any number
        to see the offences behind it. The Home Office and Serious Violence Duty returns are on{" "}
        <Link className="govuk-link" href={`/returns?asAt=${window.asAt}&year=${window.year}`}>
          Returns
        </Link>
        .
      </p>
      <FigureWindowForm window={window} today={today} action="/figures" />

      <h2 className="govuk-heading-l">Year to date</h2>
      <ChangeChart chart={ytdChangeChart(ytd)} />
      {view(ytd)}
      <ChangeChart chart={ytdChangeChart(knife)} />
      {view(knife)}

      <h2 className="govuk-heading-l">Outcomes</h2>
      <BarChart chart={outcomeRateChart(rates)} />
      {view(rates)}
      {view(mix)}
      {view(mixByNpu)}
      {view(time)}

      <h2 className="govuk-heading-l">Trend</h2>
      <TrendChart table={trend} />
      {view(trend)}

      <h2 className="govuk-heading-l">Where</h2>
      <BarChart chart={npuChart(npu)} />
      {view(npu)}
      <BarChart chart={hotspotShareChart(hotspots)} />
      {view(hotspots)}

      <ForceMapSection
        data={{
          npus: npuAreas.map((n) => ({ label: n.name, geometry: n.geometry })),
          hotspots: hotspotAreas.map((h) => ({ label: `${h.code} ${h.name}`, geometry: h.geometry })),
          tileUrl: getEnv().MAP_TILE_URL ?? null,
        }}
        found={found}
        byNpu={byNpu}
        period={rangeLabel(window.current)}
        drill={{ ...SYV, ...inRange(window.current), knife: "yes" }}
        limit={MAP_POINT_LIMIT}
      />
    </>
  );
}
