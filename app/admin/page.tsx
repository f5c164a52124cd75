import type { Metadata } from "next";
import Link from "next/link";
import { AdminSubNavigation } from "@/components/admin/admin-sub-navigation";
import { AuditChainCheck } from "@/components/admin/audit-chain-check";
import { AuditChainResult } from "@/components/admin/audit-chain-result";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { can } from "@/lib/auth/permissions";
import { getAuditChainStatus } from "@/lib/audit-review/server/get-audit-chain-status";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminHomePage() {
  let actor = await requirePageActor();
  const manages = can(actor.role, "users.manage");
  const audits = can(actor.role, "audit.read");
  // Neither: ask for one, which records the refusal and answers 403.
  if (!manages && !audits) actor = await requirePageActor("users.manage");
  const chain = audits ? await getAuditChainStatus({ actor }) : null;

  return (
    <>
      <AdminSubNavigation role={actor.role} current="home" />
      <h1 className="govuk-heading-l">Administration</h1>
      <div className="govuk-grid-row">
        {manages ? (
          <div className="govuk-grid-column-one-half">
            <h2 className="govuk-heading-m">
              <Link className="govuk-link" href="/admin/users">
                Users
              </Link>
            </h2>
            <p className="govuk-body">
              Add users, change their roles, disable or re-enable accounts, and reset passwords.
            </p>
          </div>
        ) : null}
        {can(actor.role, "reference.manage") ? (
          <div className="govuk-grid-column-one-half">
            <h2 className="govuk-heading-m">
              <Link className="govuk-link" href="/admin/providers">
                Providers
              </Link>
            </h2>
            <p className="govuk-body">
              Keep the directory of intervention providers: add, edit, and deactivate those no longer taking
              referrals.
            </p>
          </div>
        ) : null}
        {audits ? (
          <div className="govuk-grid-column-one-half">
            <h2 className="govuk-heading-m">
              <Link className="govuk-link" href="/admin/audit">
                Audit log
              </Link>
            </h2>
            <p className="govuk-body">Search who collected, changed, viewed or disclosed what, and when.</p>
          </div>
        ) : null}
      </div>
      {chain ? (
        <section aria-labelledby="audit-chain-title">
          <h2 className="govuk-heading-m" id="audit-chain-title">
            Audit chain
          </h2>
          <p className="govuk-body">
            Each audit event holds a hash of the one before it, so an event altered, removed or inserted
            afterwards breaks the chain.
          </p>
          <AuditChainResult status={chain} />
          <AuditChainCheck />
        </section>
      ) : null}
    </>
  );
}
