import type { ImportRunSummary } from "@/lib/imports/import-run-dto";

type Counts = NonNullable<ImportRunSummary["counts"]>;

/** New, changed, unchanged and invalid records per file: the dry run's answer, or what was written. */
export function ImportCountsTable({ counts, caption }: { counts: Counts; caption: string }) {
  const rows = [
    { label: "Offences", ...counts.offences },
    { label: "Persons", ...counts.persons },
  ];
  return (
    <table className="govuk-table" data-testid="import-counts">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Records
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            New
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Changed
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Unchanged
          </th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">
            Rows with problems
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.label}>
            <th scope="row" className="govuk-table__header">
              {row.label}
            </th>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {row.new.toLocaleString("en-GB")}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {row.changed.toLocaleString("en-GB")}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {row.unchanged.toLocaleString("en-GB")}
            </td>
            <td className="govuk-table__cell govuk-table__cell--numeric">
              {row.invalid.toLocaleString("en-GB")}
            </td>
          </tr>
        ))}
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            Links between offences and persons
          </th>
          <td className="govuk-table__cell govuk-table__cell--numeric">
            {counts.links.new.toLocaleString("en-GB")}
          </td>
          <td className="govuk-table__cell govuk-table__cell--numeric">–</td>
          <td className="govuk-table__cell govuk-table__cell--numeric">
            {counts.links.unchanged.toLocaleString("en-GB")}
          </td>
          <td className="govuk-table__cell govuk-table__cell--numeric">–</td>
        </tr>
      </tbody>
    </table>
  );
}
