import { bbox, centroid } from "@turf/turf";
import { DataTable } from "@/components/ui/data-table";
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
        <th scope="row" className="govuk-table__header">
          {hotspot.code} {hotspot.name}
        </th>
        <td className="govuk-table__cell">{hotspot.npu}</td>
        <td className="govuk-table__cell govuk-table__cell--numeric">
          {hotspot.areaKm2 === null ? "None" : hotspot.areaKm2.toFixed(2)}
        </td>
        <td className="govuk-table__cell">
          {hotspot.activeFrom
            ? `${formatDay(hotspot.activeFrom)} to ${hotspot.activeTo ? formatDay(hotspot.activeTo) : "now"}`
            : "No geofence on this date"}
        </td>
        <td className="govuk-table__cell">{centre ? `${deg(centre[1]!)}, ${deg(centre[0]!)}` : "None"}</td>
        <td className="govuk-table__cell">
          {g
            ? `latitude ${deg(minLat)} to ${deg(maxLat)}, longitude ${deg(minLon)} to ${deg(maxLon)}`
            : "None"}
        </td>
      </tr>
    </DataTable>
  );
}
