import { Cell, DataTable, RowHeader, numericColumns } from "@/components/ui/data-table";
import { ARM_LABELS } from "@/lib/patrols/evaluation";
import type { PeriodEvaluation } from "@/lib/patrols/types";

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
        ...numericColumns("Patrol minutes", "Patrols", "SYV offences", "Knife used"),
      ]}
    >
      {period.rows.map((r) => (
        <tr className="govuk-table__row" key={r.hotspotId}>
          <RowHeader>
            {r.code} {r.name}
          </RowHeader>
          <Cell>{r.arm ? ARM_LABELS[r.arm] : "Not in the trial"}</Cell>
          <Cell numeric>{r.minutes}</Cell>
          <Cell numeric>{r.patrols}</Cell>
          <Cell numeric>{r.syv}</Cell>
          <Cell numeric>{r.knife}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
