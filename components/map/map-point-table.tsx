import Link from "next/link";
import { TableHead } from "@/components/hotspots/table-head";
import type { MapPoint } from "@/lib/hotspots/map-types";

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
      <table className="govuk-table" data-testid="map-point-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Offences on the map</caption>
        <TableHead
          headings={[
            { label: "Crime reference" },
            { label: "Recorded" },
            { label: "Code" },
            { label: "Knife used" },
            { label: "Youngest victim", numeric: true },
            { label: "Hotspot" },
          ]}
        />
        <tbody className="govuk-table__body">
          {points.map((p) => (
            <tr className="govuk-table__row" key={p.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" href={`/offences/${p.id}`}>
                  {p.crimeReference}
                </Link>
              </td>
              <td className="govuk-table__cell">{p.recordedOn}</td>
              <td className="govuk-table__cell">{p.offenceCode}</td>
              <td className="govuk-table__cell">{p.knifeUsed ? "Yes" : "No"}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {p.youngestVictimAge ?? "Not known"}
              </td>
              <td className="govuk-table__cell">{p.hotspotCode ?? "None"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
