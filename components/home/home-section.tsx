import type { ReactNode } from "react";
import { Cell, DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";

// Building blocks shared by the role homes: a titled section (a region named by its heading, so
// tests and screen readers find it by name) and a table whose columns say how each cell reads.

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
    <DataTable
      caption={caption}
      className="govuk-table--small-text-until-tablet"
      columns={columns.map((column) => ({ label: column.header, numeric: column.numeric }))}
    >
      {rows.map((row) => (
        <tr key={row.id} className="govuk-table__row">
          {columns.map((column) => (
            <Cell key={column.header} numeric={column.numeric}>
              {column.cell(row)}
            </Cell>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}

/** A home's own list a page at a time: its pages are the home's address (`/`, `/?page=2`). */
export function PagedHomeTable<T extends { id: number }>({
  caption,
  columns,
  list,
  label,
}: {
  caption: string;
  columns: Column<T>[];
  list: { items: T[]; page: number; totalPages: number };
  /** The page links' accessible name. */
  label: string;
}) {
  return (
    <>
      <HomeTable caption={caption} columns={columns} rows={list.items} />
      <Pagination list={list} hrefForPage={(p) => (p === 1 ? "/" : `/?page=${p}`)} label={label} />
    </>
  );
}

/** "1 case", "1,204 cases". */
export function countOf(n: number, one: string, many: string): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}
