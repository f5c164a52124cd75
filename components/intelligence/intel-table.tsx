import Link from "next/link";
import { createColumnHelper, rowSortingFeature, tableFeatures } from "@tanstack/table-core";
import { serverTable } from "@/components/ui/server-table";
import { ServerTableView } from "@/components/ui/server-table-view";
import { GradingTag } from "@/components/intelligence/grading-tag";
import { Tag } from "@/components/ui/tag";
import { formatDate } from "@/lib/dates/format";
import type { IntelligenceEntry } from "@/lib/intelligence/intel-dto";
import { INTEL_SORTS, intelListHref, type IntelListLink, type IntelSort } from "@/lib/intelligence/list-link";

// The register's table. TanStack Table in manual mode, rendered on the server (components/ui/server-table): the server has filtered, sorted and paged the
// rows under the access rule, and the sort lives in the URL (sorting is a link, aria-sort is in the
// server-rendered HTML). A restricted row is a marker: the server sent nothing else about it.

const features = tableFeatures({ rowSortingFeature });
const helper = createColumnHelper<typeof features, IntelligenceEntry>();

const LABELS: Record<string, string> = {
  reference: "Reference",
  received: "Received",
  grading: "Grading",
  text: "Sanitised text",
  submitted: "Submitted by",
};

const columns = helper.columns([
  helper.display({
    id: "reference",
    header: LABELS.reference,
    cell: ({ row: { original: r } }) => (
      <Link className="govuk-link" href={`/intelligence/${r.id}`}>
        {r.restricted ? (
          <>
            Restricted item<span className="govuk-visually-hidden"> received {formatDate(r.receivedOn)}</span>
          </>
        ) : (
          r.reference
        )}
      </Link>
    ),
  }),
  helper.display({
    id: "received",
    header: LABELS.received,
    cell: ({ row }) => formatDate(row.original.receivedOn),
  }),
  helper.display({
    id: "grading",
    header: LABELS.grading,
    cell: ({ row: { original: r } }) =>
      r.restricted ? (
        <Tag colour="red">Restricted</Tag>
      ) : (
        <GradingTag grading={r.grading} handlingCode={r.handlingCode} />
      ),
  }),
  helper.display({
    id: "text",
    header: LABELS.text,
    cell: ({ row: { original: r } }) =>
      r.restricted ? (
        <span className="govuk-hint govuk-!-margin-bottom-0">
          Content restricted to the chair and analysts: ask the analyst team or {r.submittedBy}.
        </span>
      ) : (
        <>
          {r.text}
          {r.handlingConditions ? (
            <strong className="govuk-!-display-block govuk-!-margin-top-1">
              Handling conditions: {r.handlingConditions}
            </strong>
          ) : null}
        </>
      ),
  }),
  helper.display({ id: "submitted", header: LABELS.submitted, cell: ({ row }) => row.original.submittedBy }),
]);

const isSort = (id: string): id is IntelSort => (INTEL_SORTS as readonly string[]).includes(id);

export function IntelTable({
  rows,
  link,
  gradingSortable,
}: {
  rows: IntelligenceEntry[];
  link: IntelListLink;
  gradingSortable: boolean;
}) {
  const table = serverTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    state: { sorting: [{ id: link.sort, desc: link.dir === "desc" }] },
    manualSorting: true,
    onSortingChange: () => {},
  });
  return (
    <ServerTableView
      table={table}
      caption={`Intelligence, sorted by ${LABELS[link.sort === "received" ? "received" : link.sort]?.toLowerCase()}, ${link.dir === "asc" ? "ascending" : "descending"}`}
      testId="intel-table"
      sort={{
        current: (id) => (link.sort === id ? link.dir : null),
        href: (id, dir) =>
          isSort(id) && (id !== "grading" || gradingSortable)
            ? intelListHref({ ...link, sort: id, dir, page: 1 })
            : null,
        firstDesc: ["received"],
      }}
      rowTestId={(r) => (r.restricted ? "intel-row-restricted" : "intel-row")}
    />
  );
}
