"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import {
  PromoteCell,
  PromoteMessage,
  usePromote,
  type PromoteTarget,
} from "@/components/meetings/use-promote";
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

export function PackOffenceTable({ rows, promote: target, itemLinks, linkRecords = true, caption }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; dir: "asc" | "desc" }>({ key: null, dir: "asc" });
  const { pending, message, promote } = usePromote(target);

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
    <div data-testid="offence-table">
      <PromoteMessage message={message} />
      <p className="govuk-body govuk-!-font-size-16">
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
      </p>
      <div className="app-pack-table">
        <table className="govuk-table govuk-!-font-size-16">
          <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {OFFENCE_COLUMNS.map((c, i) => (
                <th
                  key={c}
                  scope="col"
                  className="govuk-table__header"
                  aria-sort={sort.key === i ? (sort.dir === "asc" ? "ascending" : "descending") : "none"}
                >
                  <button type="button" onClick={() => toggle(i)}>
                    {c}
                  </button>
                </th>
              ))}
              <th scope="col" className="govuk-table__header">
                Discussion item
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {sorted.map((r) => {
              const cells = offenceCells(r);
              return (
                <tr
                  key={r.offenceId}
                  className="govuk-table__row"
                  data-testid="offence-row"
                  data-offence-id={r.offenceId}
                  data-crime-reference={r.crimeReference}
                >
                  <th scope="row" className="govuk-table__header">
                    {linkRecords ? (
                      <Link className="govuk-link" href={`/offences/${r.offenceId}`} target="_blank">
                        {cells[0]}
                        <span className="govuk-visually-hidden"> (opens in a new tab)</span>
                      </Link>
                    ) : (
                      cells[0]
                    )}
                    {r.priority ? (
                      <>
                        {" "}
                        <strong className="govuk-tag govuk-tag--red">Priority</strong>
                      </>
                    ) : null}
                  </th>
                  {cells.slice(1).map((v, i) => (
                    <td key={i} className="govuk-table__cell">
                      {v}
                    </td>
                  ))}
                  <td className="govuk-table__cell">
                    <PromoteCell
                      promotedAs={r.promotedAs}
                      crimeReference={r.crimeReference}
                      canPromote={target != null}
                      pending={pending}
                      onPromote={() => promote(r.offenceId, r.crimeReference)}
                      itemLinks={itemLinks}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
