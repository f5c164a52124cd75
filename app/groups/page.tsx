import type { Metadata } from "next";
import { GroupFilter } from "@/components/groups/group-filter";
import { Pagination } from "@/components/ui/pagination";
import { ActiveTag } from "@/components/ui/active-tag";
import { ColumnTable, linkColumn, type TableColumn } from "@/components/ui/column-table";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { GROUP_TYPE_LABELS } from "@/lib/groups/labels";
import { groupListHref, parseGroupListQuery } from "@/lib/groups/schemas";
import { listGroupNpus } from "@/lib/groups/server/list-group-npus";
import { listGroups } from "@/lib/groups/server/list-groups";
import { pageParam } from "@/lib/pagination";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Groups" };

type Group = Awaited<ReturnType<typeof listGroups>>["items"][number];

const columns: TableColumn<Group>[] = [
  linkColumn("Name", "/groups", (g) => g.name),
  { header: "Type", cell: (g) => GROUP_TYPE_LABELS[g.type] },
  { header: "NPU", cell: (g) => g.npu ?? "Force-wide" },
  { header: "Current members", numeric: true, cell: (g) => g.activeMembers },
  { header: "Status", cell: (g) => <ActiveTag active={g.active} /> },
];

/** Organised crime groups and street gangs (chair and analyst). Filters and page are in the URL. */
export default async function GroupsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("groups.read");
  const params = await searchParams;
  const query = parseGroupListQuery(params);
  const [result, npus] = await Promise.all([
    listGroups({ actor, query, page: pageParam.parse(params.page) }),
    listGroupNpus({ actor }),
  ]);
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;

  return (
    <>
      <h1 className="govuk-heading-l">Groups</h1>
      <p className="govuk-body">
        Organised crime groups and street gangs the forum manages, with their members and 4P plans.
      </p>
      <GroupFilter query={query} npus={npus} />
      <h2 className="govuk-heading-m" data-testid="group-count">
        {result.total} {result.total === 1 ? "group" : "groups"}
      </h2>
      {result.total === 0 ? (
        <p className="govuk-body">No groups match these filters.</p>
      ) : (
        <>
          <p className="govuk-body">
            Showing {first} to {last}, page {result.page} of {result.totalPages}
          </p>
          <ColumnTable caption="Groups, by name" columns={columns} rows={result.items} testId="group-table" />
          <Pagination list={result} hrefForPage={(p) => groupListHref(query, p)} label="Pages of groups" />
        </>
      )}
    </>
  );
}
