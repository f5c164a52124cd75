import Link from "next/link";
import { FigureTableView } from "@/components/figures/figure-table-view";
import { TrendChart } from "@/components/figures/trend-chart";
import { BarChart } from "@/components/figures/charts/bar-chart";
import { ChangeChart } from "@/components/figures/charts/change-chart";
import { hotspotShareChart, npuChart, outcomeRateChart, ytdChangeChart } from "@/lib/figures/charts";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { figureExportHref, inRange, SYV, type FigureTable } from "@/lib/figures/figure-table";
import { figureWindowMetadata } from "@/lib/figures/window-metadata";
import { figureWindowFromParams, rangeLabel } from "@/lib/figures/rules";
import { todayInUk } from "@/lib/dates/day";
import { ForceMapSection } from "@/components/map/force-map-section";
import { getEnv } from "@/lib/env";
import { MAP_POINT_LIMIT } from "@/lib/hotspots/server/list-map-points";
import { loadFiguresPage } from "@/app/figures/figures-page-data";
import { FigureWindowPage } from "@/components/page/figure-window-page";
import type { SearchParams } from "@/app/search-params";

export const generateMetadata = figureWindowMetadata("Figures");

/** The board report's figures, for the chair to scrutinise: every number links to its offences. */
export default async function FiguresPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("figures.read");
  const today = todayInUk();
  const window = figureWindowFromParams(await searchParams, today);
  const { tables: t, map } = await loadFiguresPage({ actor, window });
  const canExport = can(actor, "figures.export");
  const view = (table: FigureTable) => (
    <FigureTableView table={table} exportHref={canExport ? figureExportHref(table.id, window) : undefined} />
  );

  return (
    <FigureWindowPage
      title="Figures"
      window={window}
      today={today}
      action="/figures"
      intro={
        <>
          Serious youth violence: offences in Robbery, Violence with Injury, Attempt Murder or Homicide where
          the youngest victim was under 25 on the day, counted by the date they were recorded. Select any
          number to see the offences behind it. The Home Office and Serious Violence Duty returns are on{" "}
          <Link className="govuk-link" href={`/returns?asAt=${window.asAt}&year=${window.year}`}>
            Returns
          </Link>
          .
        </>
      }
    >
      <h2 className="govuk-heading-l">Year to date</h2>
      <ChangeChart chart={ytdChangeChart(t.ytd)} />
      {view(t.ytd)}
      <ChangeChart chart={ytdChangeChart(t.knife)} />
      {view(t.knife)}

      <h2 className="govuk-heading-l">Outcomes</h2>
      <BarChart chart={outcomeRateChart(t.rates)} />
      {view(t.rates)}
      {view(t.mix)}
      {view(t.mixByNpu)}
      {view(t.time)}

      <h2 className="govuk-heading-l">Trend</h2>
      <TrendChart table={t.trend} />
      {view(t.trend)}

      <h2 className="govuk-heading-l">Where</h2>
      <BarChart chart={npuChart(t.npu)} />
      {view(t.npu)}
      <BarChart chart={hotspotShareChart(t.hotspots)} />
      {view(t.hotspots)}

      <ForceMapSection
        data={{
          npus: map.npuAreas.map((n) => ({ label: n.name, geometry: n.geometry })),
          hotspots: map.hotspotAreas.map((h) => ({ label: `${h.code} ${h.name}`, geometry: h.geometry })),
          tileUrl: getEnv().MAP_TILE_URL ?? null,
        }}
        found={map.found}
        byNpu={map.byNpu}
        period={rangeLabel(window.current)}
        drill={{ ...SYV, ...inRange(window.current), knife: "yes" }}
        limit={MAP_POINT_LIMIT}
      />
    </FigureWindowPage>
  );
}
