import { Tag } from "@/components/ui/tag";
import { formatDateTime } from "@/lib/dates/format";
import type { AuditChainStatus } from "@/lib/audit/audit-views";

// The result of verifying the audit log's hash chain (see ARCHITECTURE.md "The audit log").

export function AuditChainResult({ status }: { status: AuditChainStatus }) {
  const events = status.events.toLocaleString("en-GB");
  if (status.state === "unchecked") {
    return (
      <p className="govuk-body" data-testid="audit-chain-status">
        <Tag colour="grey">Not checked</Tag> The log holds {events} events: too many to check on every visit.
      </p>
    );
  }
  if (status.state === "ok") {
    return (
      <p className="govuk-body" data-testid="audit-chain-status">
        <Tag colour="green">Intact</Tag> All {events} events checked{" "}
        {formatDateTime(new Date(status.checkedAt))}: none has been altered, removed or inserted.
      </p>
    );
  }
  return (
    <div className="govuk-warning-text" data-testid="audit-chain-status">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        The audit chain is broken at event {status.brokenAtSeq}: {status.reason}. Report this to the
        information security officer and do not change the database.
      </strong>
    </div>
  );
}
