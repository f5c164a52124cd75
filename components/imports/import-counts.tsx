import type { ImportRunSummary } from "@/lib/imports/import-run-dto";
import { Cell, DataTable, RowHeader, numericColumns } from "@/components/ui/data-table";

type Counts = NonNullable<ImportRunSummary["counts"]>;

/** New, changed, unchanged and invalid records per file: the dry run's answer, or what was written. */
export function ImportCountsTable({ counts, caption }: { counts: Counts; caption: string }) {
  // A link is new or already there: it has no "changed" or "rows with problems" count of its own.
  const rows = [
    { label: "Offences", ...counts.offences },
    { label: "Persons", ...counts.persons },
    { label: "Links between offences and persons", ...counts.links, changed: null, invalid: null },
  ];
  const figure = (n: number | null) => (n === null ? "–" : n.toLocaleString("en-GB"));
  return (
    <DataTable
      caption={caption}
      captionSize="m"
      testId="import-counts"
      columns={["Records", ...numericColumns("New", "Changed", "Unchanged", "Rows with problems")]}
    >
      {rows.map((row) => (
        <tr className="govuk-table__row" key={row.label}>
          <RowHeader>{row.label}</RowHeader>
          <Cell numeric>{figure(row.new)}</Cell>
          <Cell numeric>{figure(row.changed)}</Cell>
          <Cell numeric>{figure(row.unchanged)}</Cell>
          <Cell numeric>{figure(row.invalid)}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
