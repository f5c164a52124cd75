import { InvestigationStatusTag } from "@/components/home/status-tags";
import { Tag } from "@/components/ui/tag";
import { formatDate } from "@/lib/dates/format";
import type { OffenceSummary } from "@/lib/offences/types";

// The facts an officer checks first, above every section of the offence record.

const yesNo = (value: boolean | null) => (value === null ? "Not known" : value ? "Yes" : "No");

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
        {[
          ["Occurred", formatDate(summary.occurredOn)],
          ["Recorded", formatDate(summary.recordedOn)],
          ["NPU", summary.npuName],
          ["Hotspot", summary.hotspotName ?? "Not in a hotspot"],
          ["Knife used", yesNo(summary.knifeUsed)],
          ["Domestic abuse", yesNo(summary.domesticAbuse)],
          ["Victim under 25", yesNo(summary.underTwentyFive)],
        ].map(([label, value]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
