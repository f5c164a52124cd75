"use client";

import type { ScrutinyRow } from "@/lib/meetings/pack-types";
import { SCRUTINY_COLUMNS, scrutinyCells } from "@/lib/meetings/pack-text";
import { PromotableTable } from "@/components/meetings/promotable-table";
import type { PromoteTarget } from "@/components/meetings/use-promote";

// The "other flagged cases" table item (issue 12): every flagged, open case the scrutiny rule did
// not take one by one this meeting, in the rule's order, with why it is listed; the analyst (or the
// chair during the meeting) promotes one to a scrutiny item of its own.

type Props = {
  rows: ScrutinyRow[];
  promote: PromoteTarget | null;
  itemLinks?: Record<string, string>;
  linkRecords?: boolean;
  caption: string;
};

export function PackScrutinyTable({ rows, promote, itemLinks, linkRecords = true, caption }: Props) {
  if (rows.length === 0) return <p className="govuk-body">No other case is flagged for scrutiny.</p>;
  return (
    <PromotableTable
      testId="scrutiny-table"
      summary={`${rows.length} flagged ${rows.length === 1 ? "case" : "cases"} not taken one by one this meeting.`}
      caption={caption}
      columns={SCRUTINY_COLUMNS}
      rows={rows}
      cells={scrutinyCells}
      rowAttributes={(r) => ({ "data-testid": "scrutiny-row", "data-crime-reference": r.crimeReference })}
      promote={promote}
      itemLinks={itemLinks}
      linkRecords={linkRecords}
    />
  );
}
