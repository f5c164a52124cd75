import { Tag } from "@/components/ui/tag";
import type { RestrictedIntelNotice } from "@/lib/intelligence/intel-dto";

// What an investigator sees on a person or offence record of the C-coded intelligence about it: that
// it exists and whom to ask. Not which item: its id or date would tie the register's marker to this
// subject (issue 13.13).

export function RestrictedIntelNoticeText({ notice }: { notice: RestrictedIntelNotice }) {
  const who = notice.askSubmitters.join(", ");
  return (
    <div className="govuk-inset-text govuk-!-margin-top-0" data-testid="restricted-intelligence">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <Tag colour="red">Restricted</Tag> {notice.count === 1 ? "1 item" : `${notice.count} items`}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        Restricted (C-coded) intelligence exists for this record. Its content is available to the chair and
        analysts only: ask the analyst team or the submitting{" "}
        {notice.askSubmitters.length === 1 ? "officer" : "officers"}, {who}.
      </p>
    </div>
  );
}
