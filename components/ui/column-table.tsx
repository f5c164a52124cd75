import Link from "next/link";
import type { Key, ReactNode } from "react";
import { DataTable } from "@/components/ui/data-table";

// A read-only GOV.UK table described by its columns: each column's header, whether it is numeric,
// and what its cell shows for a row. Built on DataTable (the caption and head); one home for the
// header and cell markup that pages wrote out column by column.

export type TableColumn<T> = {
  header: string;
  numeric?: boolean;
  /** The cell names its row (`<th scope="row">`), read out before the row's other cells. */
  rowHeader?: boolean;
  cell: (row: T) => ReactNode;
};

type Props<T> = {
  caption: string;
  captionSize?: "s" | "m" | "l";
  columns: TableColumn<T>[];
  rows: readonly T[];
  /** The row's React key; its `id` when it has one, else its place. */
  rowKey?: (row: T, index: number) => Key;
  testId?: string;
  rowTestId?: string;
};

const keyOf = (row: unknown, index: number): Key =>
  typeof row === "object" && row !== null && "id" in row ? String(row.id) : index;

export function ColumnTable<T>({
  caption,
  captionSize,
  columns,
  rows,
  rowKey = keyOf,
  testId,
  rowTestId,
}: Props<T>) {
  return (
    <DataTable
      caption={caption}
      captionSize={captionSize}
      columns={columns.map((c) => ({ label: c.header, numeric: c.numeric }))}
      testId={testId}
    >
      {rows.map((row, i) => (
        <tr className="govuk-table__row" key={rowKey(row, i)} data-testid={rowTestId}>
          {columns.map((c) =>
            c.rowHeader ? (
              <th scope="row" className="govuk-table__header" key={c.header}>
                {c.cell(row)}
              </th>
            ) : (
              <td
                className={c.numeric ? "govuk-table__cell govuk-table__cell--numeric" : "govuk-table__cell"}
                key={c.header}
              >
                {c.cell(row)}
              </td>
            ),
          )}
        </tr>
      ))}
    </DataTable>
  );
}

/** A column whose cell links to the row's own page, `${base}/${id}` (the record a row stands for). */
export function linkColumn<T extends { id: number }>(
  header: string,
  base: string,
  text: (row: T) => ReactNode,
): TableColumn<T> {
  return {
    header,
    cell: (row) => (
      <Link className="govuk-link" href={`${base}/${row.id}`}>
        {text(row)}
      </Link>
    ),
  };
}
