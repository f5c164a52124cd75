import { Cell, DataTable, RowHeader } from "@/components/ui/data-table";
import { formatDay } from "@/lib/dates/day";
import type { HarmWeightCode } from "@/lib/hotspots/harm-weight-types";

// The weight table per offence code: the weight in force today, then every dated row (history).

export function HarmWeightTable({ codes }: { codes: HarmWeightCode[] }) {
  return (
    <DataTable
      caption="Harm weights by offence code"
      captionSize="m"
      columns={["Offence code", { label: "Weight now (days)", numeric: true }, "History (newest first)"]}
      testId="harm-weight-table"
    >
      {codes.map((c) => (
        <tr className="govuk-table__row" key={c.code} data-testid={`harm-weight-${c.code}`}>
          <RowHeader>
            {c.code} {c.description}
          </RowHeader>
          <Cell numeric>{c.current ? c.current.weight.toLocaleString("en-GB") : "None (0)"}</Cell>
          <Cell>
            {c.rows.length === 0 ? (
              "No weight"
            ) : (
              <ul className="govuk-list govuk-body-s">
                {c.rows.map((r) => (
                  <li key={r.id}>
                    {r.weight.toLocaleString("en-GB")} days from {formatDay(r.effectiveFrom)}: {r.source} (
                    {r.addedBy})
                  </li>
                ))}
              </ul>
            )}
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
