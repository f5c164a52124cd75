import type { Metadata } from "next";
import Link from "next/link";
import { AdminSubNavigation } from "@/components/admin/admin-sub-navigation";
import { Pagination } from "@/components/ui/pagination";
import { UsersTable } from "@/components/users/users-table";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { ROLES } from "@/lib/auth/permissions";
import { ROLE_LABELS } from "@/lib/labels/role";
import { userListQuerySchema, type UserListQuery } from "@/lib/users/schemas";
import { listUsers } from "@/lib/users/server/list-users";
import { FilterSelect } from "@/components/ui/filter-panel";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("users.manage");
  const params = await searchParams;
  const query = userListQuerySchema.parse(
    Object.fromEntries(
      Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
    ),
  );
  const result = await listUsers({ actor, query });
  const filtered = Boolean(query.q || query.role || query.status);
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.users.length - 1;

  return (
    <>
      <AdminSubNavigation role={actor.role} current="users" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Users</h1>
        </div>
        <div className="govuk-grid-column-one-third">
          <Link
            href="/admin/users/new"
            className="govuk-button govuk-!-float-right"
            data-module="govuk-button"
          >
            Add a user
          </Link>
        </div>
      </div>

      <form method="get" action="/admin/users" role="search" aria-label="Users" data-testid="users-search">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="q">
                Name or email address
              </label>
              <input
                className="govuk-input"
                id="q"
                name="q"
                type="search"
                defaultValue={query.q}
                maxLength={100}
                spellCheck={false}
              />
            </div>
          </div>
          <div className="govuk-grid-column-one-quarter">
            <FilterSelect
              id="role"
              label="Role"
              value={query.role ?? ""}
              any="All roles"
              options={ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <FilterSelect id="status" label="Status" value={query.status ?? ""} any="Active and disabled">
              <option value="active">Active</option>
              <option value="disabled">Disabled</option>
            </FilterSelect>
          </div>
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Search
          </button>
          {filtered ? (
            <Link className="govuk-link" href="/admin/users">
              Clear search
            </Link>
          ) : null}
        </div>
      </form>

      <p className="govuk-body" data-testid="users-count">
        {result.total === 0 ? (
          "No users match your search."
        ) : (
          <>
            Showing {formatCount(first)} to {formatCount(last)} of {formatCount(result.total)}{" "}
            {result.total === 1 ? "user" : "users"}
          </>
        )}
      </p>
      {result.total > 0 ? (
        <>
          <UsersTable users={result.users} caption="Users" />
          <Pagination list={result} hrefForPage={(page) => usersHref(query, page)} label="Users pages" />
        </>
      ) : null}
    </>
  );
}

const formatCount = (n: number) => n.toLocaleString("en-GB");

function usersHref(query: UserListQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.role) params.set("role", query.role);
  if (query.status) params.set("status", query.status);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `/admin/users?${search}` : "/admin/users";
}
