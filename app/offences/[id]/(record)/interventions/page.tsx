import type { Metadata } from "next";
import Link from "next/link";
import { ReferralStateTag } from "@/components/home/status-tags";
import { SuccessBanner } from "@/components/forms/saved-banner";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { formatDate } from "@/lib/dates/format";
import { getOffenceInterventions } from "@/lib/offences/server/get-offence-interventions";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";
import { DataTable } from "@/components/ui/data-table";
import { LinkParagraph } from "@/components/page/link-paragraph";
import type { SearchParams } from "@/app/search-params";

export const metadata: Metadata = { title: "Offence record – interventions" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: SearchParams;
};

const date = (value: Date | null) => (value ? formatDate(value) : "–");

export default async function OffenceInterventionsPage({ params, searchParams }: Props) {
  const actor = await requirePageActor("offences.read");
  const offenceId = routeId((await params).id);
  const { referrals, onlyOwn } = await loadOrNotFound(() => getOffenceInterventions({ actor, offenceId }));
  const referred = (await searchParams).referred === "1";

  return (
    <>
      {referred ? (
        <SuccessBanner
          message="Referral made. The provider's caseworker can now see it."
          testId="referral-made"
        />
      ) : null}
      <h2 className="govuk-heading-m">Interventions</h2>
      {can(actor, "referrals.create") ? (
        <LinkParagraph href={`/referrals/new?offence=${offenceId}`} testId="refer-from-offence">
          Refer a victim or suspect to an intervention
        </LinkParagraph>
      ) : null}
      {onlyOwn ? <p className="govuk-body">You can see the referrals you made for this offence.</p> : null}
      {referrals.length === 0 ? (
        <p className="govuk-body">No referrals to interventions for this offence.</p>
      ) : (
        <DataTable
          caption="Referrals for this offence"
          testId="offence-referrals"
          columns={["Provider", "Person", "State", "Referred", "State changed", "Completed", "Follow-up due"]}
        >
          {referrals.map((r) => (
            <tr className="govuk-table__row" key={r.id}>
              <td className="govuk-table__cell">
                {r.providerName}
                <span className="govuk-body-s govuk-!-display-block">{r.pathway}</span>
              </td>
              <td className="govuk-table__cell">
                <Link className="govuk-link" href={`/persons/${r.personId}`}>
                  {r.personName}
                </Link>
              </td>
              <td className="govuk-table__cell">
                <ReferralStateTag state={r.state} />
              </td>
              <td className="govuk-table__cell">{date(r.referredOn)}</td>
              <td className="govuk-table__cell">{date(r.stateChangedOn)}</td>
              <td className="govuk-table__cell">{date(r.completedOn)}</td>
              <td className="govuk-table__cell">{date(r.followUpDueOn)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
