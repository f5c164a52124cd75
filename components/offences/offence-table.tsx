import Link from "next/link";
import {
  columnVisibilityFeature,
  createColumnHelper,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/table-core";
import { serverTable } from "@/components/ui/server-table";
import { ServerTableView } from "@/components/ui/server-table-view";
import { Tag } from "@/components/ui/tag";
import { COLUMN_LABELS, STATUS_LABELS } from "@/lib/offences/offence-list-labels";
import { formatDate } from "@/lib/dates/format";
import type { OffenceListRow } from "@/lib/offences/offence-list-dto";
import {
  OFFENCE_COLUMNS,
  OFFENCE_SORTS,
  offenceListHref,
  type OffenceListLink,
  type OffenceListPreferences,
  type OffenceSort,
} from "@/lib/offences/list-link";

// The offence list's table. TanStack Table in manual mode, rendered on the server
// (components/ui/server-table): the server has already filtered, sorted
// and paged the rows, and the sort state comes from the URL. Sorting is a link (a new URL), so it
// works without JavaScript and the back button undoes it; aria-sort is in the server-rendered HTML.

const features = tableFeatures({ rowSortingFeature, columnVisibilityFeature });
const helper = createColumnHelper<typeof features, OffenceListRow>();

const yesNo = (value: boolean | null) => (value === null ? "Not known" : value ? "Yes" : "No");
const date = (iso: string | null) => (iso ? formatDate(new Date(`${iso}T00:00:00.000Z`)) : "None");

const columns = helper.columns([
  helper.accessor("crimeReference", {
    id: "reference",
    header: COLUMN_LABELS.reference,
    cell: (info) => (
      <Link className="govuk-link" href={`/offences/${info.row.original.id}`}>
        {info.getValue()}
      </Link>
    ),
  }),
  helper.accessor("recordedOn", {
    id: "recorded",
    header: COLUMN_LABELS.recorded,
    cell: (info) => date(info.getValue()),
  }),
  helper.accessor("offenceCode", {
    id: "offence",
    header: COLUMN_LABELS.offence,
    cell: (info) => `${info.getValue()} ${info.row.original.offenceDescription}`,
  }),
  helper.accessor("npu", { id: "npu", header: COLUMN_LABELS.npu }),
  helper.accessor("hotspot", {
    id: "hotspot",
    header: COLUMN_LABELS.hotspot,
    enableSorting: false,
    cell: (info) => info.getValue() ?? "None",
  }),
  helper.accessor("knifeUsed", {
    id: "knife",
    header: COLUMN_LABELS.knife,
    enableSorting: false,
    cell: (info) => yesNo(info.getValue()),
  }),
  helper.accessor("under25", {
    id: "u25",
    header: COLUMN_LABELS.u25,
    enableSorting: false,
    cell: (info) => yesNo(info.getValue()),
  }),
  helper.accessor("status", {
    id: "status",
    header: COLUMN_LABELS.status,
    cell: (info) => {
      const status = info.getValue();
      return status ? (
        <Tag colour={STATUS_LABELS[status].colour}>{STATUS_LABELS[status].text}</Tag>
      ) : (
        "No investigation"
      );
    },
  }),
  helper.accessor("outcomeCode", {
    id: "outcome",
    header: COLUMN_LABELS.outcome,
    enableSorting: false,
    cell: (info) => (info.getValue() === null ? "None" : String(info.getValue())),
  }),
  helper.accessor("oic", {
    id: "oic",
    header: COLUMN_LABELS.oic,
    enableSorting: false,
    cell: (info) => info.getValue() ?? "Not assigned",
  }),
  helper.accessor("nextReviewOn", {
    id: "review",
    header: COLUMN_LABELS.review,
    cell: (info) => date(info.getValue()),
  }),
  helper.accessor("flaggedForScrutiny", {
    id: "flagged",
    header: COLUMN_LABELS.flagged,
    enableSorting: false,
    cell: (info) => yesNo(info.getValue()),
  }),
]);

type Props = {
  rows: OffenceListRow[];
  link: OffenceListLink;
  preferences: OffenceListPreferences;
};

const isSort = (id: string): id is OffenceSort => (OFFENCE_SORTS as readonly string[]).includes(id);

export function OffenceTable({ rows, link, preferences }: Props) {
  const sorting = [{ id: link.sort, desc: link.dir === "desc" }];
  const columnVisibility = Object.fromEntries(
    OFFENCE_COLUMNS.map((c) => [c, preferences.columns.includes(c)]),
  );
  const table = serverTable({
    features,
    columns,
    data: rows,
    getRowId: (row) => String(row.id),
    state: { sorting, columnVisibility },
    manualSorting: true,
    // The URL owns both: sorting changes through links, visibility through saved preferences.
    onSortingChange: () => {},
    onColumnVisibilityChange: () => {},
  });

  return (
    <ServerTableView
      table={table}
      caption={`Offences, ${describeSort(link)}`}
      testId="offence-table"
      attributes={{ "data-density": preferences.density }}
      sort={{
        current: (id) => (link.sort === id ? link.dir : null),
        href: (id, dir) =>
          table.getColumn(id)?.getCanSort() && isSort(id)
            ? offenceListHref({ ...link, sort: id, dir, page: 1 })
            : null,
        firstDesc: ["recorded", "review"],
      }}
      cells={(row) => row.getVisibleCells()}
      cellClassName={
        preferences.density === "compact"
          ? "govuk-!-padding-top-1 govuk-!-padding-bottom-1 govuk-body-s"
          : undefined
      }
    />
  );
}

function describeSort(link: OffenceListLink): string {
  const label = link.sort === "reference" ? COLUMN_LABELS.reference : COLUMN_LABELS[link.sort];
  return `sorted by ${label.toLowerCase()}, ${link.dir === "asc" ? "ascending" : "descending"}`;
}
