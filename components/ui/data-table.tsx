import type { ReactNode } from "react";

// A GOV.UK table: caption (visually hidden unless a size is given, so screen readers still hear
// what the table is), header row and body. The rows are the caller's `<tr>`s. One home for the
// table scaffold that record pages, meeting pages and the run view all repeated.

export type DataTableColumn = string | { label: string; numeric?: boolean };

type Props = {
  caption: string;
  /** Show the caption at this size; hidden (still read out) when absent. */
  captionSize?: "s" | "m" | "l";
  columns: DataTableColumn[];
  testId?: string;
  className?: string;
  children: ReactNode;
};

export function DataTable({ caption, captionSize, columns, testId, className, children }: Props) {
  const captionClass = captionSize
    ? `govuk-table__caption govuk-table__caption--${captionSize}`
    : "govuk-table__caption govuk-visually-hidden";
  return (
    <table className={className ? `govuk-table ${className}` : "govuk-table"} data-testid={testId}>
      <caption className={captionClass}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {columns.map((column) => {
            const { label, numeric } =
              typeof column === "string" ? { label: column, numeric: false } : column;
            return (
              <th
                scope="col"
                className={
                  numeric ? "govuk-table__header govuk-table__header--numeric" : "govuk-table__header"
                }
                key={label}
              >
                {label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}
