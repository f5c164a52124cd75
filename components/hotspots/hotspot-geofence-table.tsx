import { bbox, centroid } from "@turf/turf";
import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { formatDay } from "@/lib/dates/day";
import type { HotspotSummary } from "@/lib/hotspots/share";

// The hotspot map's data as a table (the accessible alternative to the map): the geofence that
// stood on the as-at day, its area, dates, centre and extent.

const deg = (n: number) => n.toFixed(5);

export function HotspotGeofenceTable({ hotspot }: { hotspot: HotspotSummary }) {
  const g = hotspot.geometry;
  const [minLon, minLat, maxLon, maxLat] = g ? bbox(g) : [0, 0, 0, 0];
  const centre = g ? centroid(g).geometry.coordinates : null;
  return (
    <DataTable
      caption="The geofence on the map"
      captionSize="s"
      columns={["Hotspot", "NPU", { label: "Area km²", numeric: true }, "In force", "Centre", "Extent"]}
      testId="hotspot-geofence-table"
    >
      <tr className="govuk-table__row">
        <RowHeader>
          {hotspot.code} {hotspot.name}
        </RowHeader>
        <Cell>{hotspot.npu}</Cell>
        <Cell numeric>{hotspot.areaKm2 === null ? "None" : hotspot.areaKm2.toFixed(2)}</Cell>
        <Cell>
          {hotspot.activeFrom
            ? `${formatDay(hotspot.activeFrom)} to ${hotspot.activeTo ? formatDay(hotspot.activeTo) : "now"}`
            : "No geofence on this date"}
        </Cell>
        <Cell>{centre ? `${deg(centre[1]!)}, ${deg(centre[0]!)}` : "None"}</Cell>
        <Cell>
          {g
            ? `latitude ${deg(minLat)} to ${deg(maxLat)}, longitude ${deg(minLon)} to ${deg(maxLon)}`
            : "None"}
        </Cell>
      </tr>
    </DataTable>
  );
}
