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
  const sections = [
    {
      shown: manages,
      href: "/admin/users",
      title: "Users",
      text: "Add users, change their roles, disable or re-enable accounts, and reset passwords.",
    },
    {
      shown: can(actor.role, "reference.manage"),
      href: "/admin/providers",
      title: "Providers",
      text: "Keep the directory of intervention providers: add, edit, and deactivate those no longer taking referrals.",
    },
    {
      shown: audits,
      href: "/admin/audit",
      title: "Audit log",
      text: "Search who collected, changed, viewed or disclosed what, and when.",
    },
  ];

  return (
    <>
      <AdminSubNavigation role={actor.role} current="home" />
      <h1 className="govuk-heading-l">Administration</h1>
      <div className="govuk-grid-row">
        {sections
          .filter((section) => section.shown)
          .map((section) => (
            <div className="govuk-grid-column-one-half" key={section.href}>
              <h2 className="govuk-heading-m">
                <Link className="govuk-link" href={section.href}>
                  {section.title}
                </Link>
              </h2>
              <p className="govuk-body">{section.text}</p>
            </div>
          ))}
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
