import type { Metadata } from "next";
import Link from "next/link";
import { AdminSubNavigation } from "@/components/admin/admin-sub-navigation";
import { SuccessBanner } from "@/components/forms/saved-banner";
import { ActiveTag } from "@/components/ui/active-tag";
import { ColumnTable, linkColumn, type TableColumn } from "@/components/ui/column-table";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { listProviders } from "@/lib/providers/server/list-providers";
import type { SearchParams } from "@/app/search-params";

type Provider = Awaited<ReturnType<typeof listProviders>>[number];

export const metadata: Metadata = { title: "Providers" };

type Props = { searchParams: SearchParams };

const columns: TableColumn<Provider>[] = [
  linkColumn("Provider", "/admin/providers", (p) => p.name),
  { header: "Type", cell: (p) => p.type },
  {
    header: "Pathways",
    cell: (p) => (
      <ul className="govuk-list govuk-body-s">
        {p.pathways.map((pathway) => (
          <li key={pathway}>{pathway}</li>
        ))}
      </ul>
    ),
  },
  { header: "Area covered", cell: (p) => p.areaCovered },
  { header: "Contact route", cell: (p) => p.contactRoute },
  { header: "Status", cell: (p) => <ActiveTag active={p.active} /> },
  { header: "Referrals", numeric: true, cell: (p) => p.referralCount.toLocaleString("en-GB") },
];

/** The provider directory (docs/domain.md's intervention providers), kept by administrators. */
export default async function ProvidersPage({ searchParams }: Props) {
  const actor = await requirePageActor("reference.manage");
  const providers = await listProviders({ actor });
  const saved = (await searchParams).saved;
  const savedName =
    typeof saved === "string" ? providers.find((p) => String(p.id) === saved)?.name : undefined;
  return (
    <>
      <AdminSubNavigation role={actor.role} current="providers" />
      {savedName ? <SuccessBanner message={`${savedName} saved.`} testId="provider-saved" /> : null}
      <h1 className="govuk-heading-l">Providers</h1>
      <p className="govuk-body">
        The intervention providers officers refer young people to. Partner caseworkers see only their own
        provider’s referrals.
      </p>
      <Link href="/admin/providers/new" className="govuk-button" data-module="govuk-button">
        Add a provider
      </Link>
      <ColumnTable
        caption="Providers, active ones first"
        columns={columns}
        rows={providers}
        testId="providers-table"
      />
    </>
  );
}
