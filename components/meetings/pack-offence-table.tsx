"use client";

import { useMemo, useState } from "react";
import { PromotableTable } from "@/components/meetings/promotable-table";
import type { PromoteTarget } from "@/components/meetings/use-promote";
import type { OffenceRow } from "@/lib/meetings/pack-types";
import { OFFENCE_COLUMNS, offenceCells } from "@/lib/meetings/pack-text";

// The new-offences table item (issue 12): a month of knife-used offences on one screen, priority
// first (homicide, attempted murder, under-25). Sorted in the browser (the rows are the published
// snapshot's, not a query); the analyst promotes an offence to its own discussion item from here.

type SortKey = number | null;

const sortValue: ((r: OffenceRow) => string | number)[] = [
  (r) => r.crimeReference,
  (r) => r.recordedOn,
  (r) => r.offence,
  (r) => `${r.npu} ${r.hotspot ?? ""}`,
  (r) => r.youngestVictimAge ?? 999,
  (r) => (r.knifeRecovered ? 0 : 1),
  (r) => r.oic ?? "~",
  (r) => r.status ?? "~",
  (r) => -(r.intelligence.open + (r.intelligence.restricted ?? 0)),
  (r) => -r.referrals.length,
];

type Props = {
  rows: OffenceRow[];
  /** Who may promote from here, and how: null shows the table only. */
  promote: PromoteTarget | null;
  itemLinks?: Record<string, string>;
  linkRecords?: boolean;
  caption: string;
};

export function PackOffenceTable({ rows, promote, itemLinks, linkRecords = true, caption }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; dir: "asc" | "desc" }>({ key: null, dir: "asc" });

  const sorted = useMemo(() => {
    if (sort.key == null) return rows;
    const value = sortValue[sort.key]!;
    const sign = sort.dir === "asc" ? 1 : -1;
    return [...rows].sort((a, b) => {
      const x = value(a);
      const y = value(b);
      return (x < y ? -1 : x > y ? 1 : 0) * sign || a.offenceId - b.offenceId;
    });
  }, [rows, sort]);

  if (rows.length === 0)
    return <p className="govuk-body">No knife-used offences were recorded since the last meeting.</p>;

  const toggle = (key: number) =>
    setSort((s) => (s.key === key ? { key, dir: s.dir === "asc" ? "desc" : "asc" } : { key, dir: "asc" }));

  return (
    <PromotableTable
      testId="offence-table"
      summary={
        <>
          {rows.length} {rows.length === 1 ? "offence" : "offences"}. Homicide, attempted murder and under-25
          victims are listed first
          {sort.key != null ? (
            <>
              {" "}
              (now sorted by {OFFENCE_COLUMNS[sort.key]!.toLowerCase()}:{" "}
              <button
                type="button"
                className="govuk-link app-link-button"
                onClick={() => setSort({ key: null, dir: "asc" })}
              >
                priority order
              </button>
              )
            </>
          ) : null}
          .
        </>
      }
      caption={caption}
      columns={OFFENCE_COLUMNS.map((label, i) => ({
        label,
        sort: sort.key === i ? (sort.dir === "asc" ? "ascending" : "descending") : "none",
        content: (
          <button type="button" onClick={() => toggle(i)}>
            {label}
          </button>
        ),
      }))}
      rows={sorted}
      cells={offenceCells}
      rowAttributes={(r) => ({
        "data-testid": "offence-row",
        "data-offence-id": r.offenceId,
        "data-crime-reference": r.crimeReference,
      })}
      flag={(r) =>
        r.priority ? (
          <>
            {" "}
            <strong className="govuk-tag govuk-tag--red">Priority</strong>
          </>
        ) : null
      }
      promote={promote}
      itemLinks={itemLinks}
      linkRecords={linkRecords}
    />
  );
}
