import { DataTable } from "@/components/ui/data-table";
import { ARM_LABELS } from "@/lib/patrols/evaluation";
import type { PeriodEvaluation } from "@/lib/patrols/types";

const cell = "govuk-table__cell govuk-table__cell--numeric";

/** Dosage against offences per hotspot in one tactical period. */
export function HotspotPeriodTable({ period }: { period: PeriodEvaluation }) {
  if (period.rows.length === 0)
    return <p className="govuk-body">No deployment or patrol is recorded for {period.label}.</p>;
  return (
    <DataTable
      caption={`Dosage against offences by hotspot, ${period.label}`}
      captionSize="m"
      testId="hotspot-period"
      columns={[
        "Hotspot",
        "Arm",
        { label: "Patrol minutes", numeric: true },
        { label: "Patrols", numeric: true },
        { label: "SYV offences", numeric: true },
        { label: "Knife used", numeric: true },
      ]}
    >
      {period.rows.map((r) => (
        <tr className="govuk-table__row" key={r.hotspotId}>
          <th scope="row" className="govuk-table__header">
            {r.code} {r.name}
          </th>
          <td className="govuk-table__cell">{r.arm ? ARM_LABELS[r.arm] : "Not in the trial"}</td>
          <td className={cell}>{r.minutes}</td>
          <td className={cell}>{r.patrols}</td>
          <td className={cell}>{r.syv}</td>
          <td className={cell}>{r.knife}</td>
        </tr>
      ))}
    </DataTable>
  );
}
