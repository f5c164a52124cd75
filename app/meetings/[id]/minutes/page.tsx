import type { Metadata } from "next";
import Link from "next/link";
import { SummaryList } from "@/components/ui/summary-list";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDate, formatDateTime } from "@/lib/dates/format";
import { takeMinutes } from "@/lib/meetings/server/take-minutes";
import { ACTION_STATUS_LABELS } from "@/lib/labels/action-status";
import { ATTENDANCE_LABELS, decisionLabel, minutesSections } from "@/lib/meetings/run-minutes-document";
import { loadRoute } from "@/lib/ids/route-id";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Minutes" };

type Props = { params: Promise<{ id: string }> };

export default async function MinutesPage({ params }: Props) {
  const actor = await requirePageActor("meetings.read");
  const minutes = await loadRoute((await params).id, (meetingId) => takeMinutes({ actor, meetingId }));

  return (
    <>
      <Link href={`/meetings/${minutes.id}`} className="govuk-back-link govuk-!-display-none-print">
        Back to the meeting
      </Link>
      <span className="govuk-caption-l">Minutes</span>
      <h1 className="govuk-heading-l">{minutes.title}</h1>
      <p className="govuk-body">
        Held {formatDateTime(minutes.heldAt)}
        {minutes.location ? `, ${minutes.location}` : ""}. Chair: {minutes.chairName}. Closed{" "}
        {formatDateTime(minutes.closedAt)}.
      </p>
      <form
        method="post"
        action={`/meetings/${minutes.id}/minutes/minutes.pdf`}
        className="govuk-!-display-none-print"
      >
        <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
          Download the minutes (PDF)
        </button>
      </form>

      <h2 className="govuk-heading-m">A. Attendance</h2>
      <SummaryList
        rows={minutes.attendees.map((a, i) => ({
          label: `${a.name}${a.organisation ? `, ${a.organisation}` : ""}${minutes.attendees.findIndex((b) => b.name === a.name) === i ? "" : ` (${i + 1})`}`,
          value: ATTENDANCE_LABELS[a.status],
        }))}
      />

      {/* The pack's sections and numbers: item 5.1 in the pack is 5.1 here. */}
      {minutesSections(minutes).map((section) => (
        <div key={section.number} data-testid="minutes-section">
          <h2 className="govuk-heading-m">
            {section.number}. {section.title}
          </h2>
          {section.items.map((item) => (
            <section
              key={item.id}
              className="govuk-!-margin-bottom-6"
              aria-labelledby={`item-${item.id}`}
              data-testid="minutes-item"
            >
              <h3 className="govuk-heading-s" id={`item-${item.id}`}>
                {item.number} {item.title}
              </h3>
              {item.caseRef || item.personName ? (
                <p className="govuk-body-s">
                  {item.caseRef ? `Case ${item.caseRef}` : ""}
                  {item.caseRef && item.personName ? " · " : ""}
                  {item.personName ?? ""}
                </p>
              ) : null}
              <p className="govuk-body">
                {item.note || (item.discussed ? "Discussed; no note recorded." : "Not discussed.")}
              </p>
              {item.decisions.map((d, k) => (
                <div className="govuk-inset-text" key={d.id} data-testid="minutes-decision">
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
                    Decision {decisionLabel(item.number, k)}: {d.text}
                  </p>
                  <p className="govuk-body govuk-!-margin-bottom-0">Rationale: {d.rationale}</p>
                </div>
              ))}
            </section>
          ))}
        </div>
      ))}

      <h2 className="govuk-heading-m">B. Actions raised</h2>
      {minutes.actions.length === 0 ? (
        <p className="govuk-body">No actions were raised.</p>
      ) : (
        <DataTable
          caption="Actions raised at this meeting"
          testId="minutes-actions"
          columns={["Action", "Owner", "Due", "Status", "Case"]}
        >
          {minutes.actions.map((a) => (
            <tr className="govuk-table__row" key={a.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" href={`/actions/${a.id}`}>
                  {a.title}
                </Link>
              </td>
              <td className="govuk-table__cell">{a.ownerName}</td>
              <td className="govuk-table__cell">{formatDate(a.dueOn)}</td>
              <td className="govuk-table__cell">{ACTION_STATUS_LABELS[a.status]}</td>
              <td className="govuk-table__cell">{a.caseRef ?? "None"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
