import type { ReactNode } from "react";

// Building blocks shared by the role homes: a titled section (a region named by its heading, so
// tests and screen readers find it by name) and a plain GOV.UK table.

export function HomeSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="govuk-!-margin-bottom-8" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 className="govuk-heading-m" id={`${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export type Column<T> = { header: string; cell: (row: T) => ReactNode; numeric?: boolean };

export function HomeTable<T extends { id: number }>({
  caption,
  columns,
  rows,
}: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
}) {
  return (
    <table className="govuk-table govuk-table--small-text-until-tablet">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => (
            <th
              key={column.header}
              scope="col"
              className={
                column.numeric ? "govuk-table__header govuk-table__header--numeric" : "govuk-table__header"
              }
            >
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => (
          <tr key={row.id} className="govuk-table__row">
            {columns.map((column) => (
              <td
                key={column.header}
                className={
                  column.numeric ? "govuk-table__cell govuk-table__cell--numeric" : "govuk-table__cell"
                }
              >
                {column.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "1 case", "1,204 cases". */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}
