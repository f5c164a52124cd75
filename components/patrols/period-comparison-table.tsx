import { DataTable } from "@/components/ui/data-table";
import type { PeriodEvaluation } from "@/lib/patrols/types";

const num = (n: number | null | undefined) => (n === null || n === undefined ? "n/a" : n.toFixed(2));
const cell = "govuk-table__cell govuk-table__cell--numeric";

/** Treatment against control per tactical period: means per hotspot and the difference. */
export function PeriodComparisonTable({ periods }: { periods: PeriodEvaluation[] }) {
  return (
    <DataTable
      caption="Treatment against control by tactical period (mean per hotspot)"
      captionSize="m"
      testId="period-comparison"
      columns={[
        "Period",
        { label: "Hotspots (treatment / control)", numeric: true },
        { label: "SYV treatment", numeric: true },
        { label: "SYV control", numeric: true },
        { label: "SYV difference", numeric: true },
        { label: "Knife used treatment", numeric: true },
        { label: "Knife used control", numeric: true },
        { label: "Knife used difference", numeric: true },
        { label: "Minutes treatment", numeric: true },
        { label: "Minutes control", numeric: true },
        { label: "Minutes difference", numeric: true },
      ]}
    >
      {periods.map((p) => {
        const { treatment: t, control: c, difference: d } = p.comparison;
        return (
          <tr className="govuk-table__row" key={p.number}>
            <th scope="row" className="govuk-table__header">
              {p.label}
              {p.deployment ? null : <span className="govuk-body-s"> (no deployment recorded)</span>}
            </th>
            <td className={cell}>
              {t.hotspots} / {c.hotspots}
            </td>
            <td className={cell}>{num(t.meanSyv)}</td>
            <td className={cell}>{num(c.meanSyv)}</td>
            <td className={cell}>{num(d?.syv)}</td>
            <td className={cell}>{num(t.meanKnife)}</td>
            <td className={cell}>{num(c.meanKnife)}</td>
            <td className={cell}>{num(d?.knife)}</td>
            <td className={cell}>{num(t.meanMinutes)}</td>
            <td className={cell}>{num(c.meanMinutes)}</td>
            <td className={cell}>{num(d?.minutes)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
