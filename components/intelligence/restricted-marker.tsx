import { Tag } from "@/components/ui/tag";
import { formatDate } from "@/lib/dates/format";
import type { RestrictedIntelligence } from "@/lib/intelligence/intel-dto";

// What an investigator sees of a C-coded item: that it exists and whom to ask. Nothing of its content
// ever reaches the page (intel-access.ts removes it on the server).

export function RestrictedMarker({ item }: { item: RestrictedIntelligence }) {
  return (
    <div className="govuk-inset-text govuk-!-margin-top-0" data-testid="restricted-intelligence">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <Tag colour="red">Restricted</Tag> Received {formatDate(item.receivedOn)}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        A restricted (C-coded) intelligence item exists. Its content is available to the chair and analysts
        only: ask the analyst team or the submitting officer, {item.submittedBy}.
      </p>
    </div>
  );
}
