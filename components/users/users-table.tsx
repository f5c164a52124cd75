import Link from "next/link";
import { Tag } from "@/components/ui/tag";
import { ROLE_LABELS } from "@/lib/labels/role";
import { formatDateTime } from "@/lib/dates/format";
import type { UserSummary } from "@/lib/users/types";

export function UsersTable({ users, caption }: { users: UserSummary[]; caption: string }) {
  return (
    <table className="govuk-table" data-testid="users-table">
      <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Name
          </th>
          <th scope="col" className="govuk-table__header">
            Email address
          </th>
          <th scope="col" className="govuk-table__header">
            Role
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
          <th scope="col" className="govuk-table__header">
            Last signed in
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {users.map((user) => (
          <tr className="govuk-table__row" key={user.id}>
            <td className="govuk-table__cell">
              <Link className="govuk-link" href={`/admin/users/${user.id}`}>
                {user.name}
              </Link>
              {user.jobTitle ? (
                <span className="govuk-hint govuk-!-margin-bottom-0 govuk-!-font-size-16">
                  {user.jobTitle}
                </span>
              ) : null}
            </td>
            <td className="govuk-table__cell govuk-!-text-break-word">{user.email}</td>
            <td className="govuk-table__cell">
              {ROLE_LABELS[user.role]}
              {user.npuName || user.providerName ? (
                <span className="govuk-hint govuk-!-margin-bottom-0 govuk-!-font-size-16">
                  {user.npuName ?? user.providerName}
                </span>
              ) : null}
            </td>
            <td className="govuk-table__cell">
              {user.disabled ? <Tag colour="grey">Disabled</Tag> : <Tag colour="green">Active</Tag>}
            </td>
            <td className="govuk-table__cell">
              {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Never"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
