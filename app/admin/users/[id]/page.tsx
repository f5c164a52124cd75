import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import Link from "next/link";
import { AdminSubNavigation } from "@/components/admin/admin-sub-navigation";
import { SuccessBanner } from "@/components/forms/saved-banner";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { UserAccountActions } from "@/components/users/user-account-actions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { ROLE_LABELS } from "@/lib/labels/role";
import { formatDateTime } from "@/lib/dates/format";
import { loadUser } from "@/app/admin/users/[id]/load-user";
import { LinkParagraph } from "@/components/page/link-paragraph";

export const metadata: Metadata = { title: "User" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string | string[] }> };

const DONE: Record<string, string> = {
  created:
    "User added. They have no password yet: set a temporary one below, or they sign in by single sign-on.",
  role: "Role saved. If it changed, the user has been signed out everywhere.",
  // Issue 13.14: case roles wait for a second person.
  "created-pending":
    "User added, disabled until another administrator or the chair approves their role. They have been asked in the service.",
  "role-pending":
    "The new role is waiting for another administrator or the chair to approve it. The user keeps their current role until then.",
};

export default async function UserPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("users.manage");
  const user = await loadUser(actor, (await params).id);
  const done = (await searchParams).done;
  const message = typeof done === "string" ? DONE[done] : undefined;
  const isSelf = user.id === actor.id;

  return (
    <>
      <AdminSubNavigation role={actor.role} current="users" />
      <Link href="/admin/users" className="govuk-back-link">
        Back to users
      </Link>
      {message ? <SuccessBanner message={message} testId="user-done" /> : null}
      <span className="govuk-caption-l">{user.email}</span>
      <h1 className="govuk-heading-l">
        {user.name}{" "}
        {user.disabled ? (
          <Tag colour="grey" className="govuk-!-margin-left-2">
            Disabled
          </Tag>
        ) : (
          <Tag colour="green" className="govuk-!-margin-left-2">
            Active
          </Tag>
        )}
      </h1>
      <NarrowPage>
        <SummaryList
          rows={[
            { label: "Email address", value: user.email },
            { label: "Job title", value: user.jobTitle ?? "Not given" },
            {
              label: "Role",
              value: ROLE_LABELS[user.role],
              actions: isSelf
                ? []
                : [{ href: `/admin/users/${user.id}/role`, text: "Change", visuallyHiddenText: "role" }],
            },
            ...(user.role === "INVESTIGATOR"
              ? [{ label: "Neighbourhood policing unit", value: user.npuName ?? "None" }]
              : []),
            ...(user.role === "PARTNER"
              ? [{ label: "Intervention provider", value: user.providerName ?? "None" }]
              : []),
            {
              label: "Status",
              value: user.disabled ? `Disabled on ${formatDateTime(user.disabledAt!)}` : "Active",
            },
            {
              label: "Password",
              value: user.hasPassword ? "Set" : "Not set (single sign-on only)",
              actions: [
                { href: `/admin/users/${user.id}/password`, text: "Reset", visuallyHiddenText: "password" },
              ],
            },
            {
              label: "Last signed in",
              value: user.lastSignInAt ? formatDateTime(user.lastSignInAt) : "Never",
            },
            { label: "Added", value: formatDateTime(user.createdAt) },
          ]}
        />
        <UserAccountActions
          id={user.id}
          version={user.version}
          name={user.name}
          disabled={user.disabled}
          isSelf={isSelf}
        />
        <LinkParagraph href={`/admin/audit?entityType=user&entityId=${user.id}`}>
          Audit history of this account
        </LinkParagraph>
      </NarrowPage>
    </>
  );
}
