import type { NextMeeting as NextMeetingDto } from "@/lib/meetings/types";
import { formatDateTime } from "@/lib/dates/format";
import { SummaryList } from "@/components/ui/summary-list";
import { PackStatusTag } from "@/components/home/status-tags";
import { countOf, HomeSection } from "@/components/home/home-section";

// The next forum meeting and the state of its agenda pack (chair and analyst homes).

export function NextMeeting({ meeting }: { meeting: NextMeetingDto | null }) {
  return (
    <HomeSection id="next-meeting" title="Next meeting">
      {meeting ? (
        <SummaryList
          rows={[
            { label: "Meeting", value: meeting.title },
            { label: "Date", value: formatDateTime(meeting.heldAt) },
            { label: "Location", value: meeting.location || "Not set" },
            {
              label: "Agenda pack",
              value: (
                <>
                  <PackStatusTag status={meeting.status} />
                  {meeting.packVersion > 0 ? (
                    <span className="govuk-!-margin-left-2">Version {meeting.packVersion}</span>
                  ) : null}
                </>
              ),
            },
            {
              label: "Items in the pack",
              value: meeting.itemCount === 0 ? "No items yet" : countOf(meeting.itemCount, "item", "items"),
            },
          ]}
        />
      ) : (
        <p className="govuk-body" data-testid="next-meeting-empty">
          No meeting scheduled.
        </p>
      )}
    </HomeSection>
  );
}
