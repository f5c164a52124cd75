import Link from "next/link";
import { Tag } from "@/components/ui/tag";
import { ROLE_LABELS } from "@/lib/labels/role";
import { formatDateTime } from "@/lib/dates/format";
import type { UserSummary } from "@/lib/users/types";
import { Cell, DataTable } from "@/components/ui/data-table";

export function UsersTable({ users, caption }: { users: UserSummary[]; caption: string }) {
  return (
    <DataTable
      caption={caption}
      testId="users-table"
      columns={["Name", "Email address", "Role", "Status", "Last signed in"]}
    >
      {users.map((user) => (
        <tr className="govuk-table__row" key={user.id}>
          <Cell>
            <Link className="govuk-link" href={`/admin/users/${user.id}`}>
              {user.name}
            </Link>
            {user.jobTitle ? (
              <span className="govuk-hint govuk-!-margin-bottom-0 govuk-!-font-size-16">{user.jobTitle}</span>
            ) : null}
          </Cell>
          <Cell className="govuk-!-text-break-word">{user.email}</Cell>
          <Cell>
            {ROLE_LABELS[user.role]}
            {user.npuName || user.providerName ? (
              <span className="govuk-hint govuk-!-margin-bottom-0 govuk-!-font-size-16">
                {user.npuName ?? user.providerName}
              </span>
            ) : null}
          </Cell>
          <Cell>{user.disabled ? <Tag colour="grey">Disabled</Tag> : <Tag colour="green">Active</Tag>}</Cell>
          <Cell>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Never"}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
