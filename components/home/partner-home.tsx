import Link from "next/link";
import type { ProviderReferral, ProviderReferrals } from "@/lib/referrals/types";
import type { MyActions as MyActionsDto } from "@/lib/action-items/types";
import { isOpenReferral } from "@/lib/referrals/rules";
import { formatDate } from "@/lib/dates/format";
import { ReferralStateTag } from "@/components/home/status-tags";
import { countOf, PagedHomeTable, type Column } from "@/components/home/home-section";
import { MyActions } from "@/components/home/my-actions";

// A partner sees the referrals to their own provider and only the minimum about each person:
// name, date of birth and NPU. The data function returns nothing more, so nothing more can leak.

/** The referral table of a partner: on their home and on the referral search (app/referrals). */
export const PROVIDER_REFERRAL_COLUMNS: Column<ProviderReferral>[] = [
  {
    header: "Name",
    cell: (r) => (
      <Link className="govuk-link" href={`/referrals/${r.id}`}>
        {r.surname}, {r.forenames}
      </Link>
    ),
  },
  { header: "Date of birth", cell: (r) => (r.dateOfBirth ? formatDate(r.dateOfBirth) : "Not known") },
  { header: "NPU", cell: (r) => r.npuName ?? "Not known" },
  { header: "Reason for referral", cell: (r) => r.reason },
  { header: "State", cell: (r) => <ReferralStateTag state={r.state} /> },
  { header: "Referred", cell: (r) => formatDate(r.referredOn) },
  {
    header: "Follow-up due",
    cell: (r) =>
      r.followUpDueOn ? formatDate(r.followUpDueOn) : isOpenReferral(r.state) ? "After completion" : "None",
  },
];

const partnerHomeTitle = (providerName: string) => `Referrals to ${providerName}`;

export type PartnerHomeData = { referrals: ProviderReferrals; myActions: MyActionsDto };

/** The partner's home: their provider's referrals, open ones first. */
export function PartnerHome({ referrals, myActions }: PartnerHomeData) {
  return (
    <>
      <h1 className="govuk-heading-xl">{partnerHomeTitle(referrals.providerName)}</h1>
      <p className="govuk-body">
        <Link className="govuk-link" href="/referrals" data-testid="find-referral">
          Find a referral by name or number, or filter by state and follow-up
        </Link>
      </p>
      <section aria-label="Referrals" data-testid="referrals">
        {referrals.total === 0 ? (
          <p className="govuk-body" data-testid="referrals-empty">
            There are no referrals to {referrals.providerName}.
          </p>
        ) : (
          <>
            <p className="govuk-body" data-testid="referrals-count">
              {countOf(referrals.openCount, "referral is", "referrals are")} open, of{" "}
              {referrals.total.toLocaleString("en-GB")} in total. Open referrals are listed first.
            </p>
            <PagedHomeTable
              caption={`Referrals to ${referrals.providerName}, open ones first`}
              columns={PROVIDER_REFERRAL_COLUMNS}
              list={referrals}
              label="Referral pages"
            />
          </>
        )}
      </section>
      <MyActions actions={myActions} />
    </>
  );
}
