import { CaseCell } from "@/components/home/case-link";
import type { MapPoint } from "@/lib/hotspots/map-types";
import { Cell, DataTable } from "@/components/ui/data-table";

// The map's points as a table (the accessible alternative): the same offences, each linking to
// its record, with the counts the map draws.

export function MapPointTable({
  found: { points, total, unplaced },
  period,
  limit,
}: {
  /** The map's offences: those drawn, and how many matched in all and without a location. */
  found: { points: MapPoint[]; total: number; unplaced: number };
  period: string;
  limit: number;
}) {
  const inHotspots = points.filter((p) => p.hotspotCode !== null).length;
  return (
    <>
      <p className="govuk-body" data-testid="map-summary">
        <strong data-testid="map-total">{total.toLocaleString("en-GB")}</strong> offences recorded {period}{" "}
        match the filters: <strong data-testid="map-points">{points.length.toLocaleString("en-GB")}</strong>{" "}
        on the map (<span data-testid="map-in-hotspots">{inHotspots.toLocaleString("en-GB")}</span> in
        hotspots) and <span data-testid="map-unplaced">{unplaced.toLocaleString("en-GB")}</span> unplaced (no
        location).
        {points.length >= limit
          ? ` Only the latest ${limit.toLocaleString("en-GB")} are drawn: narrow the filters.`
          : ""}
      </p>
      <DataTable
        caption="Offences on the map"
        captionSize="m"
        testId="map-point-table"
        columns={[
          "Crime reference",
          "Recorded",
          "Code",
          "Knife used",
          { label: "Youngest victim", numeric: true },
          "Hotspot",
        ]}
      >
        {points.map((p) => (
          <tr className="govuk-table__row" key={p.id}>
            <CaseCell offenceId={p.id} crimeReference={p.crimeReference} />
            <Cell>{p.recordedOn}</Cell>
            <Cell>{p.offenceCode}</Cell>
            <Cell>{p.knifeUsed ? "Yes" : "No"}</Cell>
            <Cell numeric>{p.youngestVictimAge ?? "Not known"}</Cell>
            <Cell>{p.hotspotCode ?? "None"}</Cell>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
