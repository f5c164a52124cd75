"use client";

import Link from "next/link";
import type { ScrutinyRow } from "@/lib/meetings/pack-types";
import { SCRUTINY_COLUMNS, scrutinyCells } from "@/lib/meetings/pack-text";
import {
  PromoteCell,
  PromoteMessage,
  usePromote,
  type PromoteTarget,
} from "@/components/meetings/use-promote";

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

export function PackScrutinyTable({ rows, promote: target, itemLinks, linkRecords = true, caption }: Props) {
  const { pending, message, promote } = usePromote(target);
  if (rows.length === 0) return <p className="govuk-body">No other case is flagged for scrutiny.</p>;
  return (
    <div data-testid="scrutiny-table">
      <PromoteMessage message={message} />
      <p className="govuk-body govuk-!-font-size-16">
        {rows.length} flagged {rows.length === 1 ? "case" : "cases"} not taken one by one this meeting.
      </p>
      <div className="app-pack-table">
        <table className="govuk-table govuk-!-font-size-16">
          <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {SCRUTINY_COLUMNS.map((c) => (
                <th key={c} scope="col" className="govuk-table__header">
                  {c}
                </th>
              ))}
              <th scope="col" className="govuk-table__header">
                Discussion item
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((r) => {
              const cells = scrutinyCells(r);
              return (
                <tr
                  key={r.offenceId}
                  className="govuk-table__row"
                  data-testid="scrutiny-row"
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
