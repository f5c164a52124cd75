import Link from "next/link";
import { Cell, DataTable, RowHeader, numericColumns } from "@/components/ui/data-table";
import { drillHref, inRange, SYV } from "@/lib/figures/figure-table";
import { percentChange, rangeLabel, type FigureWindow } from "@/lib/figures/rules";
import { sharePercent, type HotspotFigureRow, type HotspotHeadline } from "@/lib/figures/hotspot-figures";

// One hotspot's figures (issue 17): SYV, knife-used SYV and harm this period against the same
// period last year (the /hotspots row, same data function), each count linking to its offences,
// with the force's unplaced offences (no point, so in no hotspot) named beside them.

export function HotspotPeriodFigures({
  row,
  headline,
  window,
}: {
  row: HotspotFigureRow;
  headline: HotspotHeadline;
  window: FigureWindow;
}) {
  const link = (n: number, range: FigureWindow["current"], extra: object, label: string, testId: string) => (
    <Link
      className="govuk-link"
      data-testid={testId}
      href={drillHref({ ...SYV, ...inRange(range), hotspot: String(row.id), ...extra })}
    >
      {n.toLocaleString("en-GB")}
      <span className="govuk-visually-hidden"> {label}</span>
    </Link>
  );
  const u = headline.unplaced;
  const t = headline.total;
  return (
    <>
      <DataTable
        caption={`${row.code}: ${rangeLabel(window.current)} against ${rangeLabel(window.previous)}`}
        captionSize="m"
        columns={["Measure", ...numericColumns("This period", "Same period last year", "Change")]}
        testId="hotspot-period-figures"
      >
        <tr className="govuk-table__row">
          <RowHeader>Serious youth violence</RowHeader>
          <Cell numeric>
            {link(row.current.syv, window.current, {}, "SYV offences this period", "syv-current")}
          </Cell>
          <Cell numeric>
            {link(row.previous.syv, window.previous, {}, "SYV offences last year", "syv-previous")}
          </Cell>
          <Cell numeric>{percentChange(row.current.syv, row.previous.syv)}</Cell>
        </tr>
        <tr className="govuk-table__row">
          <RowHeader>Knife used</RowHeader>
          <Cell numeric>
            {link(
              row.current.knife,
              window.current,
              { knife: "yes" },
              "knife-used SYV this period",
              "knife-current",
            )}
          </Cell>
          <Cell numeric>
            {link(
              row.previous.knife,
              window.previous,
              { knife: "yes" },
              "knife-used SYV last year",
              "knife-previous",
            )}
          </Cell>
          <Cell numeric>{percentChange(row.current.knife, row.previous.knife)}</Cell>
        </tr>
        <tr className="govuk-table__row">
          <RowHeader>Harm (days, harm weight table)</RowHeader>
          <Cell numeric testId="harm-current">
            {Math.round(row.current.harm).toLocaleString("en-GB")}
          </Cell>
          <Cell numeric>{Math.round(row.previous.harm).toLocaleString("en-GB")}</Cell>
          <Cell numeric>{percentChange(Math.round(row.current.harm), Math.round(row.previous.harm))}</Cell>
        </tr>
      </DataTable>
      <p className="govuk-body" data-testid="hotspot-unplaced">
        This hotspot holds {sharePercent(row.current.syv, t.syv)} of the force&apos;s SYV and{" "}
        {sharePercent(row.current.harm, t.harm)} of its harm this period. Unplaced (no location), so in no
        hotspot: {u.syv.toLocaleString("en-GB")} SYV offences force-wide ({sharePercent(u.syv, t.syv)} of SYV,{" "}
        {sharePercent(u.harm, t.harm)} of harm).
        {row.rmsDisagree > 0
          ? ` ${row.rmsDisagree} offences placed here have an RMS hotspot code that disagrees.`
          : ""}
      </p>
    </>
  );
}
