import type { Metadata } from "next";
import Link from "next/link";
import { AttendanceForm } from "@/components/meetings/run/attendance-form";
import { PackStatusTag } from "@/components/home/status-tags";
import { Tag } from "@/components/ui/tag";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDateTime } from "@/lib/dates/format";
import { meetingDayWarning } from "@/lib/meetings/run-clock";
import { loadRun } from "@/app/meetings/[id]/run/load-run";

export const metadata: Metadata = { title: "Run the meeting" };

type Props = { params: Promise<{ id: string }> };

export default async function RunMeetingPage({ params }: Props) {
  const actor = await requirePageActor("meetings.run");
  const meeting = await loadRun(actor, (await params).id);
  const itemHref = (id: number) => `/meetings/${meeting.id}/run/${id}`;
  const first = meeting.items[0];
  const inSession = meeting.status === "IN_SESSION";
  const undiscussed = meeting.items.filter((i) => !i.discussed).length;
  // The items arrive in pack order, so each section's items are consecutive.
  const sections: { title: string; items: typeof meeting.items }[] = [];
  for (const item of meeting.items) {
    const last = sections.at(-1);
    if (last && last.title === item.sectionTitle) last.items.push(item);
    else sections.push({ title: item.sectionTitle, items: [item] });
  }

  return (
    <>
      <Link href={`/meetings/${meeting.id}`} className="govuk-back-link">
        Back to the meeting
      </Link>
      <span className="govuk-caption-l">Run the meeting</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <p className="govuk-body">
        {formatDateTime(meeting.heldAt)}
        {meeting.location ? `, ${meeting.location}` : ""} <PackStatusTag status={meeting.status} />
      </p>

      {meeting.status === "DRAFT" ? (
        <p className="govuk-body">Publish the agenda pack before the meeting can start.</p>
      ) : null}
      {meeting.status === "CLOSED" ? (
        <p className="govuk-body">
          This meeting is closed.{" "}
          <Link className="govuk-link" href={`/meetings/${meeting.id}/minutes`}>
            Read the minutes
          </Link>
          .
        </p>
      ) : null}

      {inSession ? (
        <>
          <h2 className="govuk-heading-m">Agenda</h2>
          <p className="govuk-body">
            Open an item, then use Next and Previous (or the n and p keys) to step through them.
          </p>
          <div data-testid="run-items">
            {sections.map((section) => (
              <div key={section.title}>
                <h3 className="govuk-heading-s govuk-!-margin-bottom-2">{section.title}</h3>
                <ul className="govuk-list">
                  {section.items.map((item) => (
                    <li key={item.id} id={`item-${item.id}`}>
                      {item.number}{" "}
                      <Link className="govuk-link" href={itemHref(item.id)}>
                        {item.title}
                      </Link>{" "}
                      {item.discussed ? (
                        <Tag colour="green">Discussed</Tag>
                      ) : (
                        <Tag colour="grey">Not discussed</Tag>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
          {first ? (
            <Link className="govuk-button" href={itemHref(first.id)}>
              Start with item {first.number}
            </Link>
          ) : null}
        </>
      ) : null}

      {meeting.status === "PUBLISHED" || inSession ? (
        <>
          <h2 className="govuk-heading-m">Attendance</h2>
          {meeting.attendees.length === 0 ? <p className="govuk-body">No attendees are expected.</p> : null}
          <AttendanceForm
            meetingId={meeting.id}
            version={meeting.version}
            attendees={meeting.attendees}
            started={inSession}
            firstItemHref={first ? itemHref(first.id) : null}
            dayWarning={
              meeting.status === "PUBLISHED"
                ? (meetingDayWarning(meeting.heldAt, new Date())?.message ?? null)
                : null
            }
          />
        </>
      ) : null}

      {inSession ? (
        <>
          <h2 className="govuk-heading-m">Close the meeting</h2>
          <p className="govuk-body">
            {undiscussed === 0
              ? "Every item is marked as discussed."
              : `${undiscussed} ${undiscussed === 1 ? "item is" : "items are"} not marked as discussed.`}{" "}
            You will see what closing does before anything changes.
          </p>
          <Link
            className="govuk-button govuk-button--warning"
            href={`/meetings/${meeting.id}/close`}
            role="button"
            draggable={false}
            data-testid="close-meeting-link"
          >
            Close the meeting
          </Link>
        </>
      ) : null}
    </>
  );
}
