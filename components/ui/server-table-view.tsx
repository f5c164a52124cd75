import Link from "next/link";
import type { ReactNode } from "react";
import type { Cell, Row, RowData, TableFeatures } from "@tanstack/table-core";
import type { ServerTable } from "@/components/ui/server-table";

// The GOV.UK markup of a table built with `serverTable` (the offence list, intelligence, actions):
// caption, headings whose sort is a link to the list's next URL (aria-sort in the server-rendered
// HTML), and the rows' cells. Each register says which columns sort and where the link goes.

export type SortDir = "asc" | "desc";

export type HeaderSort = {
  /** The direction this column sorts the list now; null when the list is sorted by another. */
  current: (id: string) => SortDir | null;
  /** The list's URL sorted by this column, or null when the column does not sort here. */
  href: (id: string, dir: SortDir) => string | null;
  /** Columns whose first click sorts descending (the dates: newest first). */
  firstDesc: readonly string[];
};

const ARIA_SORT = { asc: "ascending", desc: "descending" } as const;

type Props<TFeatures extends TableFeatures, TData extends RowData> = {
  table: ServerTable<TFeatures, TData>;
  caption: ReactNode;
  testId: string;
  sort?: HeaderSort;
  /** The row's cells: all of them unless the register hides some. */
  cells?: (row: Row<TFeatures, TData>) => Cell<TFeatures, TData, unknown>[];
  rowTestId?: (row: TData) => string;
  /** Classes added to every body cell's (compact density). */
  cellClassName?: string;
  /** `data-*` attributes on the table (the offence list's density). */
  attributes?: Record<`data-${string}`, string>;
};

export function ServerTableView<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  caption,
  testId,
  sort,
  cells = (row) => row.getAllCells(),
  rowTestId,
  cellClassName,
  attributes,
}: Props<TFeatures, TData>) {
  return (
    <table className="govuk-table" data-testid={testId} {...attributes}>
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        {table.getHeaderGroups().map((group) => (
          <tr className="govuk-table__row" key={group.id}>
            {group.headers.map((header) => {
              const id = header.column.id;
              const current = sort?.current(id) ?? null;
              const next: SortDir =
                current === "asc"
                  ? "desc"
                  : current === "desc"
                    ? "asc"
                    : sort?.firstDesc.includes(id)
                      ? "desc"
                      : "asc";
              const href = sort?.href(id, next) ?? null;
              return (
                <th
                  key={header.id}
                  scope="col"
                  className="govuk-table__header"
                  aria-sort={href === null ? undefined : current ? ARIA_SORT[current] : "none"}
                >
                  {href === null ? (
                    <table.FlexRender header={header} />
                  ) : (
                    <Link className="govuk-link govuk-link--no-visited-state" href={href}>
                      <table.FlexRender header={header} />
                    </Link>
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody className="govuk-table__body">
        {table.getRowModel().rows.map((row) => (
          <tr className="govuk-table__row" key={row.id} data-testid={rowTestId?.(row.original)}>
            {cells(row).map((cell) => (
              <td
                key={cell.id}
                className={cellClassName ? `govuk-table__cell ${cellClassName}` : "govuk-table__cell"}
              >
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
