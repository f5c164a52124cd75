import type { ImportProblem } from "@/lib/imports/columns";
import { Cell, DataTable } from "@/components/ui/data-table";

/** Every problem found: file, line, column and reason, one page at a time. */
export function ProblemTable({ problems, caption }: { problems: ImportProblem[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      captionSize="m"
      testId="import-problems"
      columns={["File", { label: "Line", numeric: true }, "Column", "Problem"]}
    >
      {problems.map((p, i) => (
        <tr className="govuk-table__row" key={`${p.file}-${p.line}-${p.column}-${i}`}>
          <Cell>{p.file}.csv</Cell>
          <Cell numeric>{p.line > 0 ? p.line : "–"}</Cell>
          <Cell>{p.column || "–"}</Cell>
          <Cell>{p.reason}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
