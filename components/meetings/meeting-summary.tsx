import { PackStatusTag } from "@/components/home/status-tags";
import { SummaryList } from "@/components/ui/summary-list";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import type { MeetingDetails } from "@/lib/meetings/types";

// When and where, who chairs, who is expected, who sent apologies, and the pack's state.

export function MeetingSummary({ meeting, packVersion }: { meeting: MeetingDetails; packVersion: number }) {
  const expected = meeting.attendees.filter((a) => a.status !== "APOLOGIES");
  const apologies = meeting.attendees.filter((a) => a.status === "APOLOGIES");
  const who = (a: MeetingDetails["attendees"][number]) =>
    a.organisation ? `${a.name} (${a.organisation})` : a.name;
  return (
    <SummaryList
      rows={[
        { label: "Date", value: formatDateTime(meeting.heldAt) },
        { label: "Location", value: meeting.location || "Not set" },
        { label: "Chair", value: meeting.chair },
        { label: "Deputy", value: meeting.deputy ?? "None" },
        {
          label: "Period covered",
          value: meeting.periodStart
            ? `From ${formatDate(meeting.periodStart)}`
            : "Four weeks before the meeting",
        },
        { label: "Attendees", value: expected.length ? expected.map(who).join("; ") : "None listed" },
        { label: "Apologies", value: apologies.length ? apologies.map(who).join("; ") : "None" },
        {
          label: "Pack",
          value: (
            <>
              <PackStatusTag status={meeting.status} /> Version {packVersion}
              {meeting.status === "DRAFT" ? " (draft)" : ""}
            </>
          ),
        },
      ]}
    />
  );
}
