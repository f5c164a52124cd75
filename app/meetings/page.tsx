import type { Metadata } from "next";
import Link from "next/link";
import { PackStatusTag } from "@/components/home/status-tags";
import { ColumnTable, linkColumn, type TableColumn } from "@/components/ui/column-table";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDateTime } from "@/lib/dates/format";
import { listMeetings } from "@/lib/meetings/server/list-meetings";
import { pageParam } from "@/lib/pagination";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Meetings" };

type Meeting = Awaited<ReturnType<typeof listMeetings>>["items"][number];

const columns: TableColumn<Meeting>[] = [
  linkColumn("Meeting", "/meetings", (m) => m.title),
  { header: "Date", cell: (m) => formatDateTime(m.heldAt) },
  { header: "Chair", cell: (m) => m.chair },
  { header: "Status", cell: (m) => <PackStatusTag status={m.status} /> },
  { header: "Items", numeric: true, cell: (m) => m.itemCount },
  {
    header: "Pack version",
    numeric: true,
    cell: (m) => (m.packVersion === 0 ? "Not published" : m.packVersion),
  },
];

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
        <ColumnTable
          caption="Forum meetings, latest first"
          columns={columns}
          rows={result.items}
          testId="meeting-list"
        />
      )}
      <Pagination list={result} hrefForPage={(p) => `/meetings?page=${p}`} label="Meeting list pages" />
    </>
  );
}
