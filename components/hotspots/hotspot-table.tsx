import Link from "next/link";
import { TableHead } from "@/components/hotspots/table-head";
import { drillHref, inRange, SYV } from "@/lib/figures/figure-table";
import { percentChange, rangeLabel, type FigureWindow } from "@/lib/figures/rules";
import type { HotspotFigureRow } from "@/lib/figures/hotspot-figures";
import type { EngagementStatus } from "@/lib/hotspots/engagement-types";
import { EngagementStatusText } from "@/components/hotspots/engagement-status";

// Each hotspot this period against the same period last year: SYV, knife used, harm; counts link
// to their offences (placed by point), and offences whose RMS hotspot code disagrees are flagged.

export function HotspotTable({
  rows,
  window,
  plans,
}: {
  rows: HotspotFigureRow[];
  window: FigureWindow;
  /** Each hotspot's engagement plan by id (absent: no plan, flagged); null when not shown. */
  plans: Record<number, EngagementStatus> | null;
}) {
  const link = (n: number, hotspot: number, range: FigureWindow["current"], extra: object, label: string) => (
    <Link
      className="govuk-link"
      href={drillHref({ ...SYV, ...inRange(range), hotspot: String(hotspot), ...extra })}
    >
      {n.toLocaleString("en-GB")}
      <span className="govuk-visually-hidden"> {label}</span>
    </Link>
  );
  return (
    <table className="govuk-table" id="hotspot-table" data-testid="hotspot-table">
      <caption className="govuk-table__caption govuk-table__caption--m">
        Hotspots: SYV recorded {rangeLabel(window.current)} against {rangeLabel(window.previous)}
      </caption>
      <TableHead
        headings={[
          { label: "Hotspot" },
          { label: "NPU" },
          { label: "Area km²", numeric: true },
          { label: "SYV", numeric: true },
          { label: "Last year", numeric: true },
          { label: "Change", numeric: true },
          { label: "Knife used", numeric: true },
          { label: "Knife used last year", numeric: true },
          { label: "Harm (days)", numeric: true },
          { label: "RMS code disagrees" },
          ...(plans ? [{ label: "Engagement plan" }] : []),
        ]}
      />
      <tbody className="govuk-table__body">
        {rows.map((r) => (
          <tr className="govuk-table__row" key={r.id}>
            <th scope="row" className="govuk-table__header">
              <Link className="govuk-link" href={`/hotspots/${r.id}`}>
                {r.code} {r.name}
              </Link>
            </th>
            <td className="govuk-table__cell">{r.npu}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {r.areaKm2 === null ? "No geofence on this day" : r.areaKm2.toFixed(2)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {link(r.current.syv, r.id, window.current, {}, `SYV offences in ${r.code} this period`)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {link(r.previous.syv, r.id, window.previous, {}, `SYV offences in ${r.code} last year`)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {percentChange(r.current.syv, r.previous.syv)}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {link(
                r.current.knife,
                r.id,
                window.current,
                { knife: "yes" },
                `knife-used SYV in ${r.code} this period`,
              )}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {link(
                r.previous.knife,
                r.id,
                window.previous,
                { knife: "yes" },
                `knife-used SYV in ${r.code} last year`,
              )}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {Math.round(r.current.harm).toLocaleString("en-GB")}
            </td>
            <td className="govuk-table__cell">
              {r.rmsDisagree > 0 ? (
                <strong className="govuk-tag govuk-tag--orange">{r.rmsDisagree} to check</strong>
              ) : (
                "None"
              )}
            </td>
            {plans ? (
              <td className="govuk-table__cell">
                <EngagementStatusText status={plans[r.id]} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
