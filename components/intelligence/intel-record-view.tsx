import Link from "next/link";
import type { ReactNode } from "react";
import { GradingTag } from "@/components/intelligence/grading-tag";
import { SummaryList } from "@/components/ui/summary-list";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import type { IntelGradingHistoryRow, IntelLinkRow, VisibleIntelligence } from "@/lib/intelligence/intel-dto";
import { ASSESSMENT_LABELS, HANDLING_LABELS, SOURCE_LABELS } from "@/lib/intelligence/rules";
import { Cell, DataTable } from "@/components/ui/data-table";
import { TitledSection } from "@/components/ui/titled-section";

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
    <TitledSection titleId="history-title" title="Grading history">
      <DataTable
        caption="Gradings of this item, newest first"
        testId="grading-history"
        columns={["Graded", "Grading", "By", "Reason and conditions"]}
      >
        {rows.map((g) => (
          <tr className="govuk-table__row" key={g.id}>
            <Cell>{formatDateTime(g.gradedAt)}</Cell>
            <Cell>{g.grading}</Cell>
            <Cell>{g.gradedBy}</Cell>
            <Cell>
              {g.reason ?? "No reason recorded"}
              {g.handlingConditions ? (
                <span className="govuk-!-display-block govuk-body-s">Conditions: {g.handlingConditions}</span>
              ) : null}
            </Cell>
          </tr>
        ))}
      </DataTable>
    </TitledSection>
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
