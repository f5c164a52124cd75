import Link from "next/link";
import { GradingTag } from "@/components/intelligence/grading-tag";
import { RestrictedMarker } from "@/components/intelligence/restricted-marker";
import { RestrictedIntelNoticeText } from "@/components/intelligence/restricted-intel-notice";
import { formatDate } from "@/lib/dates/format";
import type { IntelligenceEntry, RestrictedIntelNotice } from "@/lib/intelligence/intel-dto";

// The intelligence linked to a person or an offence, newest first, each with its grading beside the
// text and its handling conditions wherever it is shown. Server component: DTOs only.

type Props = {
  items: IntelligenceEntry[];
  restricted?: RestrictedIntelNotice | null;
  empty: string;
  testId: string;
};

export function LinkedIntelligence({ items, restricted = null, empty, testId }: Props) {
  if (items.length === 0 && !restricted) return <p className="govuk-body">{empty}</p>;
  return (
    <>
      {restricted ? <RestrictedIntelNoticeText notice={restricted} /> : null}
      {items.length > 0 ? <LinkedIntelligenceList items={items} testId={testId} /> : null}
    </>
  );
}

function LinkedIntelligenceList({ items, testId }: { items: IntelligenceEntry[]; testId: string }) {
  return (
    <ul className="govuk-list" data-testid={testId}>
      {items.map((item) => (
        <li key={item.id} className="govuk-!-margin-bottom-4">
          {item.restricted ? (
            <RestrictedMarker item={item} />
          ) : (
            <div className="govuk-inset-text govuk-!-margin-top-0" data-testid="intelligence-item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <Link className="govuk-link" href={`/intelligence/${item.id}`}>
                  {item.reference}
                </Link>{" "}
                · received {formatDate(item.receivedOn)} ·{" "}
                <GradingTag grading={item.grading} handlingCode={item.handlingCode} />
              </p>
              <p className="govuk-body govuk-!-margin-bottom-1">{item.text}</p>
              {item.handlingConditions ? (
                <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                  Handling conditions: {item.handlingConditions}
                </p>
              ) : null}
              <p className="govuk-body-s govuk-!-margin-bottom-0">Submitted by {item.submittedBy}</p>
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
