import Link from "next/link";
import { Cell, DataTable, RowHeader, numericColumns } from "@/components/ui/data-table";
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
    <DataTable
      caption={`Hotspots: SYV recorded ${rangeLabel(window.current)} against ${rangeLabel(window.previous)}`}
      captionSize="m"
      id="hotspot-table"
      testId="hotspot-table"
      columns={[
        { label: "Hotspot" },
        { label: "NPU" },
        ...numericColumns(
          "Area km²",
          "SYV",
          "Last year",
          "Change",
          "Knife used",
          "Knife used last year",
          "Harm (days)",
        ),
        { label: "RMS code disagrees" },
        ...(plans ? [{ label: "Engagement plan" }] : []),
      ]}
    >
      {rows.map((r) => (
        <tr className="govuk-table__row" key={r.id}>
          <RowHeader>
            <Link className="govuk-link" href={`/hotspots/${r.id}`}>
              {r.code} {r.name}
            </Link>
          </RowHeader>
          <Cell>{r.npu}</Cell>
          <Cell numeric>{r.areaKm2 === null ? "No geofence on this day" : r.areaKm2.toFixed(2)}</Cell>
          <Cell numeric>
            {link(r.current.syv, r.id, window.current, {}, `SYV offences in ${r.code} this period`)}
          </Cell>
          <Cell numeric>
            {link(r.previous.syv, r.id, window.previous, {}, `SYV offences in ${r.code} last year`)}
          </Cell>
          <Cell numeric>{percentChange(r.current.syv, r.previous.syv)}</Cell>
          <Cell numeric>
            {link(
              r.current.knife,
              r.id,
              window.current,
              { knife: "yes" },
              `knife-used SYV in ${r.code} this period`,
            )}
          </Cell>
          <Cell numeric>
            {link(
              r.previous.knife,
              r.id,
              window.previous,
              { knife: "yes" },
              `knife-used SYV in ${r.code} last year`,
            )}
          </Cell>
          <Cell numeric>{Math.round(r.current.harm).toLocaleString("en-GB")}</Cell>
          <Cell>
            {r.rmsDisagree > 0 ? (
              <strong className="govuk-tag govuk-tag--orange">{r.rmsDisagree} to check</strong>
            ) : (
              "None"
            )}
          </Cell>
          {plans ? (
            <Cell>
              <EngagementStatusText status={plans[r.id]} />
            </Cell>
          ) : null}
        </tr>
      ))}
    </DataTable>
  );
}
