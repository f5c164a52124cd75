"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Cells, Cell, DataTable, RowHeader, type DataTableColumn } from "@/components/ui/data-table";
import {
  PromoteCell,
  PromoteMessage,
  usePromote,
  type PromoteTarget,
} from "@/components/meetings/use-promote";

// A pack table whose rows are offences that may be promoted to discussion items of their own (issue
// 12): the new-offences table and the other-flagged-cases table share the markup, the record link
// that opens in a new tab and the promote column; each says what its rows are and how they read.

type PromotableRow = { offenceId: number; crimeReference: string; promotedAs: string | null };

type Props<R extends PromotableRow> = {
  testId: string;
  /** The line above the table: how many rows, and in what order. */
  summary: ReactNode;
  caption: string;
  columns: readonly DataTableColumn[];
  rows: readonly R[];
  /** The row's values as words: the first names the row (the crime reference). */
  cells: (row: R) => readonly ReactNode[];
  /** The row's data attributes (`data-testid`, `data-crime-reference`, …) for tests. */
  rowAttributes: (row: R) => Record<`data-${string}`, string | number>;
  /** Shown after the crime reference (the priority tag). */
  flag?: (row: R) => ReactNode;
  promote: PromoteTarget | null;
  itemLinks?: Record<string, string>;
  linkRecords: boolean;
};

export function PromotableTable<R extends PromotableRow>({
  testId,
  summary,
  caption,
  columns,
  rows,
  cells,
  rowAttributes,
  flag,
  promote: target,
  itemLinks,
  linkRecords,
}: Props<R>) {
  const { pending, message, promote } = usePromote(target);
  return (
    <div data-testid={testId}>
      <PromoteMessage message={message} />
      <p className="govuk-body govuk-!-font-size-16">{summary}</p>
      <div className="app-pack-table">
        <DataTable
          caption={caption}
          className="govuk-!-font-size-16"
          columns={[...columns, "Discussion item"]}
        >
          {rows.map((r) => {
            const values = cells(r);
            return (
              <tr key={r.offenceId} className="govuk-table__row" {...rowAttributes(r)}>
                <RowHeader>
                  {linkRecords ? (
                    <Link className="govuk-link" href={`/offences/${r.offenceId}`} target="_blank">
                      {values[0]}
                      <span className="govuk-visually-hidden"> (opens in a new tab)</span>
                    </Link>
                  ) : (
                    values[0]
                  )}
                  {flag?.(r)}
                </RowHeader>
                <Cells values={values.slice(1)} />
                <Cell>
                  <PromoteCell
                    promotedAs={r.promotedAs}
                    crimeReference={r.crimeReference}
                    canPromote={target != null}
                    pending={pending}
                    onPromote={() => promote(r.offenceId, r.crimeReference)}
                    itemLinks={itemLinks}
                  />
                </Cell>
              </tr>
            );
          })}
        </DataTable>
      </div>
    </div>
  );
}
