import type { Metadata } from "next";
import Link from "next/link";
import { AdminSubNavigation } from "@/components/admin/admin-sub-navigation";
import { SuccessBanner } from "@/components/forms/saved-banner";
import { Tag } from "@/components/ui/tag";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { listProviders } from "@/lib/providers/server/list-providers";

export const metadata: Metadata = { title: "Providers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
      <table className="govuk-table" data-testid="providers-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Providers, active ones first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {["Provider", "Type", "Pathways", "Area covered", "Contact route", "Status", "Referrals"].map(
              (h) => (
                <th
                  scope="col"
                  className={`govuk-table__header${h === "Referrals" ? " govuk-table__header--numeric" : ""}`}
                  key={h}
                >
                  {h}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {providers.map((p) => (
            <tr className="govuk-table__row" key={p.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" href={`/admin/providers/${p.id}`}>
                  {p.name}
                </Link>
              </td>
              <td className="govuk-table__cell">{p.type}</td>
              <td className="govuk-table__cell">
                <ul className="govuk-list govuk-body-s">
                  {p.pathways.map((pathway) => (
                    <li key={pathway}>{pathway}</li>
                  ))}
                </ul>
              </td>
              <td className="govuk-table__cell">{p.areaCovered}</td>
              <td className="govuk-table__cell">{p.contactRoute}</td>
              <td className="govuk-table__cell">
                {p.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Inactive</Tag>}
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {p.referralCount.toLocaleString("en-GB")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
