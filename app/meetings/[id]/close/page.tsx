import type { Metadata } from "next";
import Link from "next/link";
import { CloseMeetingForm } from "@/components/meetings/run/close-meeting-form";
import { ACTION_COLUMNS, ActionCells } from "@/components/actions/action-cells";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDateTime } from "@/lib/dates/format";
import { getCloseSummary } from "@/lib/meetings/server/get-close-summary";
import { loadRoute } from "@/lib/ids/route-id";
import { DataTable } from "@/components/ui/data-table";
import { LinkParagraph } from "@/components/page/link-paragraph";

export const metadata: Metadata = { title: "Close the meeting" };

type Props = { params: Promise<{ id: string }> };

// Closing is final (the minutes are produced and open actions carried forward), so it has its own
// page that says what it will do before anything happens.
export default async function CloseMeetingPage({ params }: Props) {
  const actor = await requirePageActor("meetings.run");
  const summary = await loadRoute((await params).id, (meetingId) => getCloseSummary({ actor, meetingId }));
  const runHref = `/meetings/${summary.id}/run`;

  return (
    <>
      <Link href={runHref} className="govuk-back-link">
        Back to the meeting
      </Link>
      <span className="govuk-caption-l">{summary.title}</span>
      <h1 className="govuk-heading-l">Close the meeting</h1>
      <p className="govuk-body">Held {formatDateTime(summary.heldAt)}.</p>

      {summary.status === "CLOSED" ? (
        <p className="govuk-body" data-testid="already-closed">
          This meeting has already been closed.{" "}
          <Link className="govuk-link" href={`/meetings/${summary.id}/minutes`}>
            Read the minutes
          </Link>
          .
        </p>
      ) : summary.status !== "IN_SESSION" ? (
        <p className="govuk-body">
          Only a meeting in session can be closed.{" "}
          <Link className="govuk-link" href={runHref}>
            Go to the meeting
          </Link>
          .
        </p>
      ) : (
        <>
          <h2 className="govuk-heading-m" data-testid="undiscussed-count">
            {summary.undiscussed.length === 0
              ? `All ${summary.itemCount} items were discussed`
              : `${summary.undiscussed.length} of ${summary.itemCount} ${summary.itemCount === 1 ? "item was" : "items were"} not discussed`}
          </h2>
          {summary.undiscussed.length > 0 ? (
            <ul className="govuk-list" data-testid="undiscussed-items">
              {summary.undiscussed.map((i) => (
                <li key={i.id}>
                  {i.number}{" "}
                  <Link className="govuk-link" href={`${runHref}/${i.id}`}>
                    {i.title}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}

          <h2 className="govuk-heading-m">
            {summary.carried.length === 0
              ? "No open actions to carry forward"
              : `${summary.carried.length} open ${summary.carried.length === 1 ? "action" : "actions"} will be carried forward`}
          </h2>
          {summary.carried.length > 0 ? (
            <DataTable
              caption="Open actions carried forward to the next meeting"
              testId="carried-actions"
              columns={[...ACTION_COLUMNS, "Meetings carried"]}
            >
              {summary.carried.map((a) => (
                <tr className="govuk-table__row" key={a.id}>
                  <ActionCells action={a} />
                  <td className="govuk-table__cell">
                    {a.timesCarried}, then {a.timesCarried + 1}
                  </td>
                </tr>
              ))}
            </DataTable>
          ) : null}

          <p className="govuk-body">Closing makes the minutes final. It cannot be undone.</p>
          <CloseMeetingForm
            meetingId={summary.id}
            version={summary.version}
            dayWarning={summary.dayWarning}
          />
          <LinkParagraph href={runHref}>Cancel and return to the meeting</LinkParagraph>
        </>
      )}
    </>
  );
}
