import type { Metadata } from "next";
import Link from "next/link";
import { GroupFilter } from "@/components/groups/group-filter";
import { Pagination } from "@/components/ui/pagination";
import { Tag } from "@/components/ui/tag";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { GROUP_TYPE_LABELS } from "@/lib/groups/labels";
import { groupListHref, parseGroupListQuery } from "@/lib/groups/schemas";
import { listGroupNpus } from "@/lib/groups/server/list-group-npus";
import { listGroups } from "@/lib/groups/server/list-groups";
import { pageParam } from "@/lib/pagination";

export const metadata: Metadata = { title: "Groups" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

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
          <table className="govuk-table" data-testid="group-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Groups, by name</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Name
                </th>
                <th scope="col" className="govuk-table__header">
                  Type
                </th>
                <th scope="col" className="govuk-table__header">
                  NPU
                </th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Current members
                </th>
                <th scope="col" className="govuk-table__header">
                  Status
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {result.items.map((g) => (
                <tr className="govuk-table__row" key={g.id}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" href={`/groups/${g.id}`}>
                      {g.name}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{GROUP_TYPE_LABELS[g.type]}</td>
                  <td className="govuk-table__cell">{g.npu ?? "Force-wide"}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{g.activeMembers}</td>
                  <td className="govuk-table__cell">
                    {g.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Inactive</Tag>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            currentPage={result.page}
            totalPages={result.totalPages}
            hrefForPage={(p) => groupListHref(query, p)}
            label="Pages of groups"
          />
        </>
      )}
    </>
  );
}
