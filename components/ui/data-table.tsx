import Link from "next/link";
import type { ReactNode } from "react";

// A GOV.UK table: caption (visually hidden unless a size is given, so screen readers still hear
// what the table is), header row and body. The rows are the caller's `<tr>`s, built from `Cell` and
// `RowHeader` so the GOV.UK classes (numeric alignment included) are written here once. One home
// for the table scaffold that record pages, meeting pages, imports, hotspots and the run view all
// repeated.

export type DataTableColumn =
  | string
  | {
      /** The heading's text, and its key. */
      label: string;
      numeric?: boolean;
      /** Read out but not shown: a column of row actions ("Change", "End membership"). */
      hidden?: boolean;
      /** Shown instead of the label (a sort button, a heading with a link). */
      content?: ReactNode;
      /** `aria-sort` for a table sorted by this column. */
      sort?: "ascending" | "descending" | "none";
    };

/** Right-aligned figure columns, in order. */
export const numericColumns = (...labels: string[]): DataTableColumn[] =>
  labels.map((label) => ({ label, numeric: true }));

type Props = {
  caption: ReactNode;
  /** Show the caption at this size; hidden (still read out) when absent. */
  captionSize?: "s" | "m" | "l";
  columns: readonly DataTableColumn[];
  testId?: string;
  id?: string;
  className?: string;
  children: ReactNode;
};

export function DataTable({ caption, captionSize, columns, testId, id, className, children }: Props) {
  const captionClass = captionSize
    ? `govuk-table__caption govuk-table__caption--${captionSize}`
    : "govuk-table__caption govuk-visually-hidden";
  return (
    <table className={className ? `govuk-table ${className}` : "govuk-table"} id={id} data-testid={testId}>
      <caption className={captionClass}>{caption}</caption>
      <TableHead headings={columns} />
      <tbody className="govuk-table__body">{children}</tbody>
    </table>
  );
}

/** The header row alone, for a table whose caption or body is built elsewhere. */
export function TableHead({ headings }: { headings: readonly DataTableColumn[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {headings.map((column, i) => {
          const { label, numeric, hidden, content, sort } =
            typeof column === "string" ? { label: column } : column;
          return (
            <th
              scope="col"
              className={numeric ? "govuk-table__header govuk-table__header--numeric" : "govuk-table__header"}
              aria-sort={sort}
              // Index too: a pack table has two "Change" columns.
              key={`${i}:${label}`}
            >
              {hidden ? <span className="govuk-visually-hidden">{label}</span> : (content ?? label)}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

type CellProps = {
  numeric?: boolean;
  /** Classes added to the GOV.UK cell's (`govuk-!-text-break-word`). */
  className?: string;
  colSpan?: number;
  testId?: string;
  children?: ReactNode;
};

/** A body cell; `numeric` right-aligns it, as GOV.UK does for figures. */
export function Cell({ numeric, className, colSpan, testId, children }: CellProps) {
  const base = numeric ? "govuk-table__cell govuk-table__cell--numeric" : "govuk-table__cell";
  // Only the attributes a cell has: an absent one would still be sent in the page's RSC payload
  // ("colSpan":"$undefined"), once per cell, which on the figures' map table was ~300 KB a view.
  const optional = {
    ...(colSpan === undefined ? {} : { colSpan }),
    ...(testId === undefined ? {} : { "data-testid": testId }),
  };
  return (
    <td className={className ? `${base} ${className}` : base} {...optional}>
      {children}
    </td>
  );
}

/** The cell that names its row (`<th scope="row">`), so each figure is read out with it. */
export function RowHeader({ className, children }: { className?: string; children: ReactNode }) {
  return (
    <th scope="row" className={className ? `govuk-table__header ${className}` : "govuk-table__header"}>
      {children}
    </th>
  );
}

/** Cells of plain values, one each, in order. */
export function Cells({ values, numeric }: { values: readonly ReactNode[]; numeric?: boolean }) {
  return values.map((value, i) => (
    <Cell key={i} numeric={numeric}>
      {value}
    </Cell>
  ));
}

/** A cell holding one link: a record's name or reference opening its page. */
export function LinkCell({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Cell>
      <Link className="govuk-link" href={href}>
        {children}
      </Link>
    </Cell>
  );
}
