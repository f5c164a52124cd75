import Link from "next/link";
import type { ReactNode } from "react";
import { GradingTag } from "@/components/intelligence/grading-tag";
import { SummaryList } from "@/components/ui/summary-list";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import type { IntelGradingHistoryRow, IntelLinkRow, VisibleIntelligence } from "@/lib/intelligence/intel-dto";
import { ASSESSMENT_LABELS, HANDLING_LABELS, SOURCE_LABELS } from "@/lib/intelligence/rules";

// The readable parts of an intelligence record: the text with its grading beside it, the grading in
// words, and the grading history (newest first). Server components: DTOs only.

export function IntelSummary({
  item,
  reviewOn,
  gradeHref,
}: {
  item: VisibleIntelligence;
  reviewOn: Date | null;
  gradeHref: string | null;
}) {
  const change = gradeHref
    ? [{ href: gradeHref, text: "Re-grade", visuallyHiddenText: "this item" }]
    : undefined;
  return (
    <>
      <div className="govuk-inset-text" data-testid="intel-text">
        <p className="govuk-body govuk-!-margin-bottom-2">
          <GradingTag grading={item.grading} handlingCode={item.handlingCode} />
        </p>
        <p className="govuk-body">{item.text}</p>
        {item.handlingConditions ? (
          <p
            className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0"
            data-testid="handling-conditions"
          >
            Handling conditions: {item.handlingConditions}
          </p>
        ) : null}
      </div>
      <SummaryList
        rows={[
          { label: "Grading", value: item.grading, actions: change },
          { label: "Source evaluation", value: SOURCE_LABELS[item.sourceEvaluation] },
          { label: "Intelligence assessment", value: ASSESSMENT_LABELS[item.assessment] },
          { label: "Handling code", value: HANDLING_LABELS[item.handlingCode] },
          { label: "Received", value: formatDate(item.receivedOn) },
          { label: "Location", value: item.locationText ?? "Not recorded" },
          { label: "Submitted by", value: item.submittedBy },
          { label: "Review by", value: reviewOn ? formatDate(reviewOn) : "Not set" },
        ]}
      />
    </>
  );
}

export function GradingHistory({ rows }: { rows: IntelGradingHistoryRow[] }) {
  return (
    <section aria-labelledby="history-title">
      <h2 className="govuk-heading-m" id="history-title">
        Grading history
      </h2>
      <table className="govuk-table" data-testid="grading-history">
        <caption className="govuk-table__caption govuk-visually-hidden">
          Gradings of this item, newest first
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Graded
            </th>
            <th scope="col" className="govuk-table__header">
              Grading
            </th>
            <th scope="col" className="govuk-table__header">
              By
            </th>
            <th scope="col" className="govuk-table__header">
              Reason and conditions
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((g) => (
            <tr className="govuk-table__row" key={g.id}>
              <td className="govuk-table__cell">{formatDateTime(g.gradedAt)}</td>
              <td className="govuk-table__cell">{g.grading}</td>
              <td className="govuk-table__cell">{g.gradedBy}</td>
              <td className="govuk-table__cell">
                {g.reason ?? "No reason recorded"}
                {g.handlingConditions ? (
                  <span className="govuk-!-display-block govuk-body-s">
                    Conditions: {g.handlingConditions}
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function IntelLinks({
  persons,
  offences,
  groups,
}: {
  persons: IntelLinkRow[];
  offences: IntelLinkRow[];
  groups: IntelLinkRow[] | null;
}) {
  const list = (title: string, rows: IntelLinkRow[], testId: string): ReactNode => (
    <>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{title}</h3>
      {rows.length === 0 ? (
        <p className="govuk-body">None linked.</p>
      ) : (
        <ul className="govuk-list" data-testid={testId}>
          {rows.map((r) => (
            <li key={r.id}>
              <Link className="govuk-link" href={r.href}>
                {r.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <>
      {list("People", persons, "linked-persons")}
      {list("Offences", offences, "linked-offences")}
      {groups ? list("Groups", groups, "linked-groups") : null}
    </>
  );
}
