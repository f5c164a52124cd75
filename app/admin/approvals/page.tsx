import type { Metadata } from "next";
import { AdminSubNavigation } from "@/components/admin/admin-sub-navigation";
import { AccountChangeDecision } from "@/components/users/account-change-decision";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { ROLE_LABELS } from "@/lib/labels/role";
import { formatDateTime } from "@/lib/dates/format";
import { listAccountChangeRequests } from "@/lib/users/server/list-account-change-requests";
import type { AccountChangeRow } from "@/lib/users/types";
import { LinkParagraph } from "@/components/page/link-paragraph";

export const metadata: Metadata = { title: "Account changes waiting for approval" };

const what = (r: AccountChangeRow) =>
  r.kind === "PASSWORD"
    ? "A new password (they must change it when they sign in)"
    : `${r.newAccount ? "New account with the" : "Change from"} ${r.newAccount ? "" : `${ROLE_LABELS[r.user.role].toLowerCase()} to the `}${ROLE_LABELS[r.role!].toLowerCase()} role`;

/**
 * Issue 13.14: a case role, or a password on a case-role account, asked for by an administrator
 * waits here for a second person: another administrator or the chair (accounts.approve). The one
 * who asked, and the account's owner, see the request but cannot decide it.
 */
export default async function ApprovalsPage() {
  const actor = await requirePageActor("accounts.approve");
  const requests = await listAccountChangeRequests({ actor });
  return (
    <>
      {actor.role === "ADMIN" ? <AdminSubNavigation role={actor.role} current="approvals" /> : null}
      <h1 className="govuk-heading-l">Account changes waiting for approval</h1>
      <p className="govuk-body">
        An administrator cannot give anyone access to case data alone. Check each change with the person it is
        for, or their manager, before you approve it.
      </p>
      {requests.length === 0 ? (
        <p className="govuk-body" data-testid="no-approvals">
          Nothing is waiting for approval.
        </p>
      ) : (
        <ul className="govuk-list" data-testid="approvals">
          {requests.map((r) => (
            <li key={r.id} className="govuk-!-margin-bottom-6" data-testid="approval">
              <h2 className="govuk-heading-m govuk-!-margin-bottom-2">{r.user.name}</h2>
              <p className="govuk-body govuk-!-margin-bottom-1">{r.user.email}</p>
              <p className="govuk-body govuk-!-margin-bottom-1">{what(r)}</p>
              <p className="govuk-body-s">
                Asked for by {r.requestedBy} on {formatDateTime(r.requestedAt)}
              </p>
              {r.mayDecide ? (
                <AccountChangeDecision id={r.id} summary={`${what(r)} for ${r.user.name}`} />
              ) : (
                <p className="govuk-inset-text" data-testid="approval-not-yours">
                  {r.user.id === actor.id
                    ? "This change is to your own account"
                    : "You asked for this change"}
                  , so someone else must approve it.
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <LinkParagraph href="/">Back to home</LinkParagraph>
    </>
  );
}
