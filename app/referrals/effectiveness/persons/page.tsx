import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReferralStateTag } from "@/components/home/status-tags";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDate } from "@/lib/dates/format";
import { pageParam } from "@/lib/pagination";
import { Pagination } from "@/components/ui/pagination";
import { isMeasure, MEASURE_LABELS } from "@/lib/referrals/effectiveness";
import { listEffectivenessPersons } from "@/lib/referrals/server/list-effectiveness-persons";
import { DataTable } from "@/components/ui/data-table";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Interventions: persons behind a figure" };

type Props = { searchParams: SearchParams };

const text = (value: string | string[] | undefined) =>
  typeof value === "string" && value.length <= 300 ? value : null;

export default async function EffectivenessPersonsPage({ searchParams }: Props) {
  const actor = await requirePageActor("referrals.read");
  const query = await searchParams;
  const provider = text(query.provider);
  const pathway = text(query.pathway);
  const measure = query.measure;
  if (!provider || !pathway || !isMeasure(measure)) notFound();
  const persons = await listEffectivenessPersons({
    actor,
    provider,
    pathway,
    measure,
    page: pageParam.parse(query.page),
  });
  const hrefForPage = (page: number) =>
    `?${new URLSearchParams({ provider, pathway, measure, ...(page > 1 ? { page: String(page) } : {}) }).toString()}`;

  return (
    <>
      <Link href="/referrals/effectiveness" className="govuk-back-link">
        Back to effectiveness
      </Link>
      <span className="govuk-caption-l">
        {provider}: {pathway}
      </span>
      <h1 className="govuk-heading-l">{MEASURE_LABELS[measure]}</h1>
      <p className="govuk-body" data-testid="persons-count">
        {persons.total === 1 ? "1 referral" : `${persons.total.toLocaleString("en-GB")} referrals`}
      </p>
      {persons.items.length === 0 ? null : (
        <DataTable
          caption="The referrals behind this figure"
          testId="effectiveness-persons"
          columns={["Person", "State", "Referred", "Completed"]}
        >
          {persons.items.map((p) => (
            <tr className="govuk-table__row" key={p.referralId}>
              <td className="govuk-table__cell">
                {p.personId !== null ? (
                  <Link className="govuk-link" href={`/persons/${p.personId}`}>
                    {p.name}
                  </Link>
                ) : (
                  p.name
                )}
              </td>
              <td className="govuk-table__cell">
                <ReferralStateTag state={p.state} />
              </td>
              <td className="govuk-table__cell">{formatDate(p.referredOn)}</td>
              <td className="govuk-table__cell">{p.completedOn ? formatDate(p.completedOn) : "–"}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pagination list={persons} hrefForPage={hrefForPage} label="Pages of referrals" />
    </>
  );
}
