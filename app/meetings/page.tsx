import type { Metadata } from "next";
import Link from "next/link";
import { PackStatusTag } from "@/components/home/status-tags";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDateTime } from "@/lib/dates/format";
import { listMeetings } from "@/lib/meetings/server/list-meetings";
import { pageParam } from "@/lib/pagination";

export const metadata: Metadata = { title: "Meetings" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The forum's meetings, latest first, each with its pack's status. */
export default async function MeetingsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("meetings.read");
  const result = await listMeetings({ actor, page: pageParam.parse((await searchParams).page) });

  return (
    <>
      <h1 className="govuk-heading-l">Meetings</h1>
      {can(actor, "meetings.prepare") ? (
        <Link className="govuk-button" href="/meetings/new">
          Schedule a meeting
        </Link>
      ) : null}
      {result.total === 0 ? (
        <p className="govuk-body">No meetings are scheduled yet.</p>
      ) : (
        <table className="govuk-table" data-testid="meeting-list">
          <caption className="govuk-table__caption govuk-visually-hidden">
            Forum meetings, latest first
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Meeting
              </th>
              <th scope="col" className="govuk-table__header">
                Date
              </th>
              <th scope="col" className="govuk-table__header">
                Chair
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Items
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Pack version
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {result.items.map((m) => (
              <tr className="govuk-table__row" key={m.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" href={`/meetings/${m.id}`}>
                    {m.title}
                  </Link>
                </td>
                <td className="govuk-table__cell">{formatDateTime(m.heldAt)}</td>
                <td className="govuk-table__cell">{m.chair}</td>
                <td className="govuk-table__cell">
                  <PackStatusTag status={m.status} />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{m.itemCount}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {m.packVersion === 0 ? "Not published" : m.packVersion}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        currentPage={result.page}
        totalPages={result.totalPages}
        hrefForPage={(p) => `/meetings?page=${p}`}
        label="Meeting list pages"
      />
    </>
  );
}
