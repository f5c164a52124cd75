import type { ImportProblem } from "@/lib/imports/columns";

/** Every problem found: file, line, column and reason, one page at a time. */
export function ProblemTable({ problems, caption }: { problems: ImportProblem[]; caption: string }) {
  return (
    <table className="govuk-table" data-testid="import-problems">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            File
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Line
          </th>
          <th scope="col" className="govuk-table__header">
            Column
          </th>
          <th scope="col" className="govuk-table__header">
            Problem
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {problems.map((p, i) => (
          <tr className="govuk-table__row" key={`${p.file}-${p.line}-${p.column}-${i}`}>
            <td className="govuk-table__cell">{p.file}.csv</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{p.line > 0 ? p.line : "–"}</td>
            <td className="govuk-table__cell">{p.column || "–"}</td>
            <td className="govuk-table__cell">{p.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
