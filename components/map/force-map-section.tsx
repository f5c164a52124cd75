import { MapNpuTable } from "@/components/map/map-npu-table";
import { MapPointTable } from "@/components/map/map-point-table";
import { OffenceMap } from "@/components/map/offence-map";
import type { Drill } from "@/lib/figures/figure-table";
import type { MapData, MapNpuCount, MapPoint } from "@/lib/hotspots/map-types";

// The figures' map (issue 17): NPU boundaries, the hotspot geofences standing on the as-at day and
// the period's knife-used SYV offences as points, clustered at force scale. Beside it the same data
// as tables: counts by NPU (what the clusters add up to, each count opening its offences) and every
// point as a row opening its offence. Roles that may not read offences get the boundaries only.

export function ForceMapSection({
  data,
  found,
  byNpu,
  period,
  drill,
  limit,
}: {
  data: Omit<MapData, "points">;
  found: { points: MapPoint[]; total: number; unplaced: number } | null;
  byNpu: MapNpuCount[] | null;
  period: string;
  drill: Drill;
  limit: number;
}) {
  return (
    <section aria-labelledby="figures-map" data-testid="figures-map">
      <h2 className="govuk-heading-l" id="figures-map">
        Map
      </h2>
      <p className="govuk-body">
        NPU boundaries (blue) and hotspot geofences (orange)
        {found ? `, with knife-used serious youth violence recorded ${period} as points` : ""}; close points
        are grouped, with their number: select a group to zoom in, a point to open its offence. The same data
        is in the tables below the map.
      </p>
      <OffenceMap
        data={{ ...data, points: found?.points ?? [] }}
        label={`Map of NPU boundaries, hotspots${found ? " and knife-used serious youth violence" : ""}`}
      />
      {byNpu ? (
        <MapNpuTable
          rows={byNpu}
          caption={`Knife-used serious youth violence recorded ${period}, by NPU`}
          drill={drill}
        />
      ) : null}
      {found ? (
        <details className="govuk-details">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Every offence on the map</span>
          </summary>
          <div className="govuk-details__text">
            <MapPointTable found={found} period={period} limit={limit} />
          </div>
        </details>
      ) : null}
    </section>
  );
}
