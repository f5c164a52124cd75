import { Cell, DataTable, RowHeader, numericColumns } from "@/components/ui/data-table";
import type { PeriodEvaluation } from "@/lib/patrols/types";

const num = (n: number | null | undefined) => (n === null || n === undefined ? "n/a" : n.toFixed(2));

/** Treatment against control per tactical period: means per hotspot and the difference. */
export function PeriodComparisonTable({ periods }: { periods: PeriodEvaluation[] }) {
  return (
    <DataTable
      caption="Treatment against control by tactical period (mean per hotspot)"
      captionSize="m"
      testId="period-comparison"
      columns={[
        "Period",
        ...numericColumns(
          "Hotspots (treatment / control)",
          "SYV treatment",
          "SYV control",
          "SYV difference",
          "Knife used treatment",
          "Knife used control",
          "Knife used difference",
          "Minutes treatment",
          "Minutes control",
          "Minutes difference",
        ),
      ]}
    >
      {periods.map((p) => {
        const { treatment: t, control: c, difference: d } = p.comparison;
        return (
          <tr className="govuk-table__row" key={p.number}>
            <RowHeader>
              {p.label}
              {p.deployment ? null : <span className="govuk-body-s"> (no deployment recorded)</span>}
            </RowHeader>
            <Cell numeric>
              {t.hotspots} / {c.hotspots}
            </Cell>
            <Cell numeric>{num(t.meanSyv)}</Cell>
            <Cell numeric>{num(c.meanSyv)}</Cell>
            <Cell numeric>{num(d?.syv)}</Cell>
            <Cell numeric>{num(t.meanKnife)}</Cell>
            <Cell numeric>{num(c.meanKnife)}</Cell>
            <Cell numeric>{num(d?.knife)}</Cell>
            <Cell numeric>{num(t.meanMinutes)}</Cell>
            <Cell numeric>{num(c.meanMinutes)}</Cell>
            <Cell numeric>{num(d?.minutes)}</Cell>
          </tr>
        );
      })}
    </DataTable>
  );
}
