import type { Metadata } from "next";
import Link from "next/link";
import { ColumnTable } from "@/components/ui/column-table";
import { ErrorSummary } from "@/components/forms/error-summary";
import { MapFilterForm } from "@/components/map/map-filter-form";
import { MapPointTable } from "@/components/map/map-point-table";
import { OffenceMap } from "@/components/map/offence-map";
import { WidePage } from "@/components/layout/wide-page";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getEnv } from "@/lib/env";
import { formatDay } from "@/lib/dates/day";
import { mapFiltersFromParams } from "@/lib/hotspots/map-filters";
import type { MapData } from "@/lib/hotspots/map-types";
import { listHotspotAreas, listNpuAreas } from "@/lib/hotspots/server/list-hotspot-areas";
import { listMapPoints, MAP_POINT_LIMIT } from "@/lib/hotspots/server/list-map-points";
import type { SearchParams } from "@/app/search-params";

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return { title: mapFiltersFromParams(await searchParams).errors.length ? "Error: Map" : "Map" };
}

/**
 * The map (issue 17): NPU boundaries, hotspot geofences as they stood at the end of the period, and
 * the filtered offences as points for roles that read offences (partners see the boundaries only).
 */
export default async function MapPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("hotspots.read");
  const filters = mapFiltersFromParams(await searchParams);
  const showOffences = can(actor, "offences.read");
  const [npus, hotspots, found] = await Promise.all([
    listNpuAreas({ actor }),
    listHotspotAreas({ actor, asAt: filters.to }),
    showOffences ? listMapPoints({ actor, filters }) : Promise.resolve(null),
  ]);
  const data: MapData = {
    npus: npus.map((n) => ({ label: n.name, geometry: n.geometry })),
    hotspots: hotspots.map((h) => ({ label: `${h.code} ${h.name}`, geometry: h.geometry })),
    points: found?.points ?? [],
    tileUrl: getEnv().MAP_TILE_URL ?? null,
  };
  const period = `${formatDay(filters.from)} to ${formatDay(filters.to)}`;
  return (
    <WidePage>
      <ErrorSummary errors={filters.errors.map((e) => ({ fieldId: e.field, message: e.message }))} />
      <h1 className="govuk-heading-l">Map</h1>
      <p className="govuk-body">
        NPU boundaries (blue) and hotspot geofences (orange) as they stood on {formatDay(filters.to)}
        {showOffences
          ? "; offences recorded in the period as points, grouped where they are close together"
          : ""}
        . The same data is in the tables below the map. See the{" "}
        <Link className="govuk-link" href="/hotspots">
          hotspot figures
        </Link>
        .
      </p>
      {showOffences ? <MapFilterForm filters={filters} /> : null}
      <OffenceMap
        data={data}
        label={`Map of NPU boundaries, hotspots${showOffences ? " and offences" : ""}`}
      />
      {found ? <MapPointTable found={found} period={period} limit={MAP_POINT_LIMIT} /> : null}
      <ColumnTable
        caption="Hotspots on the map"
        captionSize="m"
        columns={[
          {
            header: "Hotspot",
            rowHeader: true,
            cell: (h) => (
              <>
                {h.code} {h.name}
              </>
            ),
          },
          { header: "NPU", cell: (h) => h.npu },
          { header: "Area km²", numeric: true, cell: (h) => h.areaKm2.toFixed(2) },
          ...(found
            ? [
                {
                  header: "Offences shown",
                  numeric: true,
                  cell: (h: (typeof hotspots)[number]) =>
                    found.points.filter((p) => p.hotspotCode === h.code).length,
                },
              ]
            : []),
        ]}
        rows={hotspots}
        testId="map-hotspot-table"
      />
    </WidePage>
  );
}
