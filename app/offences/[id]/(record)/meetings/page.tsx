import type { Metadata } from "next";
import { ACTION_COLUMNS, ActionCells } from "@/components/actions/action-cells";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDateTime } from "@/lib/dates/format";
import { getOffenceMeetings } from "@/lib/offences/server/get-offence-meetings";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Offence record – meetings" };

type Props = { params: Promise<{ id: string }> };

export default async function OffenceMeetingsPage({ params }: Props) {
  const actor = await requirePageActor("offences.read");
  const offenceId = routeId((await params).id);
  const data = await loadOrNotFound(() => getOffenceMeetings({ actor, offenceId }));

  return (
    <>
      <h2 className="govuk-heading-m">Meetings</h2>
      {data.meetingsVisible ? (
        <>
          <h3 className="govuk-heading-s">Agenda items</h3>
          {data.agendaItems.length === 0 ? (
            <p className="govuk-body">This offence has not been on an agenda.</p>
          ) : null}
          <ul className="govuk-list govuk-list--bullet" data-testid="offence-agenda-items">
            {data.agendaItems.map((a) => (
              <li key={a.id}>
                {a.meetingTitle}, {formatDateTime(a.heldAt)}: {a.title}
                {a.discussed ? ` – discussed${a.discussionNote ? `: ${a.discussionNote}` : ""}` : ""}
              </li>
            ))}
          </ul>
          <h3 className="govuk-heading-s">Decisions</h3>
          {data.decisions.length === 0 ? (
            <p className="govuk-body">No decisions recorded about this offence.</p>
          ) : null}
          <ul className="govuk-list" data-testid="offence-decisions">
            {data.decisions.map((d) => (
              <li key={d.id} className="govuk-inset-text">
                <p className="govuk-body govuk-!-margin-bottom-1">{d.text}</p>
                <p className="govuk-body-s">
                  Rationale: {d.rationale} ({d.meetingTitle}, {formatDateTime(d.recordedAt)})
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govuk-body">
          Meeting agendas and decisions are for the forum&apos;s chair and analysts.
        </p>
      )}
      <h3 className="govuk-heading-s">{data.onlyOwnActions ? "Your actions for this offence" : "Actions"}</h3>
      {data.actions.length === 0 ? (
        <p className="govuk-body">No actions.</p>
      ) : (
        <DataTable caption="Actions about this offence" testId="offence-actions" columns={ACTION_COLUMNS}>
          {data.actions.map((a) => (
            <tr className="govuk-table__row" key={a.id}>
              <ActionCells action={{ ...a, owner: a.ownerName }} />
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
