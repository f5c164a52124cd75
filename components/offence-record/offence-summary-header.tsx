import { InvestigationStatusTag } from "@/components/home/status-tags";
import { Tag } from "@/components/ui/tag";
import { offenceFactRows } from "@/lib/offences/offence-facts";
import type { OffenceSummary } from "@/lib/offences/types";

// The facts an officer checks first, above every section of the offence record.

export function OffenceSummaryHeader({ summary }: { summary: OffenceSummary }) {
  return (
    <div data-testid="offence-summary">
      <span className="govuk-caption-l">Crime reference {summary.crimeReference}</span>
      <h1 className="govuk-heading-l">
        {summary.offenceDescription} ({summary.offenceCode}){" "}
        {summary.investigationStatus ? (
          <InvestigationStatusTag status={summary.investigationStatus} />
        ) : (
          <Tag colour="grey">No investigation</Tag>
        )}
      </h1>
      <dl className="govuk-summary-list govuk-summary-list--no-border app-offence-summary">
        {offenceFactRows(summary).map(([label, value]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
