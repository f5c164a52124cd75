import Link from "next/link";
import { createColumnHelper, tableFeatures } from "@tanstack/table-core";
import { serverTable } from "@/components/ui/server-table";
import { ServerTableView } from "@/components/ui/server-table-view";
import { formatDate } from "@/lib/dates/format";
import type { ActionSummary } from "@/lib/action-items/types";
import { ActionStatusTag, RagTag } from "@/components/home/status-tags";
import { Tag } from "@/components/ui/tag";

// The action register's table. TanStack Table in manual mode, rendered on the server
// (components/ui/server-table): the server has filtered and paged the rows (the URL holds the
// filters), soonest due first.

/** The register's rows are the shared action summary (action-summary.ts), so the lists cannot drift. */
export type ActionTableRow = ActionSummary;

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, ActionTableRow>();

const columns = helper.columns([
  helper.accessor("title", {
    header: "Action",
    cell: (info) => (
      <Link className="govuk-link" href={`/actions/${info.row.original.id}`}>
        {info.getValue()}
      </Link>
    ),
  }),
  helper.accessor("ownerName", { header: "Owner" }),
  helper.accessor("dueOn", { header: "Due", cell: (info) => formatDate(info.getValue()) }),
  helper.accessor("status", {
    header: "Status",
    cell: (info) => (
      <>
        <ActionStatusTag status={info.getValue()} />
        {info.row.original.awaitingReview ? (
          <>
            {" "}
            <Tag colour="yellow">Awaiting chair&apos;s review</Tag>
          </>
        ) : null}
      </>
    ),
  }),
  helper.accessor("rag", {
    header: "RAG",
    cell: (info) => {
      const rag = info.getValue();
      return (
        <>
          {rag ? <RagTag rag={rag} /> : <ActionStatusTag status={info.row.original.status} />}
          {info.row.original.escalated && rag ? (
            <>
              {" "}
              <Tag colour="red">Escalated</Tag>
            </>
          ) : null}
        </>
      );
    },
  }),
  helper.accessor("timesCarried", { header: "Meetings carried" }),
  helper.accessor("offence", {
    header: "Linked case",
    cell: (info) => {
      const offence = info.getValue();
      return offence ? (
        <Link className="govuk-link" href={`/offences/${offence.id}`}>
          {offence.crimeReference}
        </Link>
      ) : (
        "None"
      );
    },
  }),
  helper.accessor("meetingTitle", {
    header: "Raised at",
    cell: (info) => info.getValue() ?? "Not at a meeting",
  }),
]);

export function ActionTable({ rows }: { rows: ActionTableRow[] }) {
  const table = serverTable({ features, columns, data: rows, getRowId: (row) => String(row.id) });
  return <ServerTableView table={table} caption="Actions, soonest due first" testId="action-table" />;
}
