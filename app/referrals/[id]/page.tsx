import type { Metadata } from "next";
import { NarrowPage } from "@/components/ui/narrow-page";
import Link from "next/link";
import { ReferralStateTag } from "@/components/home/status-tags";
import { ReferralUpdateForm } from "@/components/referrals/referral-update-form.deferred";
import { ReferralHistory } from "@/components/referrals/referral-history";
import { SummaryList } from "@/components/ui/summary-list";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { todayInUk } from "@/lib/dates/day";
import { formatDate } from "@/lib/dates/format";
import { nextReferralStates } from "@/lib/referrals/rules";
import { getProviderReferral } from "@/lib/referrals/server/get-provider-referral";
import { loadRoute } from "@/lib/ids/route-id";

const TITLE = "Referral";
export const metadata: Metadata = { title: TITLE };

type Props = { params: Promise<{ id: string }> };

/** The provider caseworker's referral: minimum person fields, the referral, its history, the update form. */
export default async function ProviderReferralPage({ params }: Props) {
  const actor = await requirePageActor("referrals.update.own-provider");
  const referral = await loadRoute((await params).id, (id) => getProviderReferral({ actor, id: id }));
  const today = todayInUk();

  return (
    <>
      <Link href="/" className="govuk-back-link">
        Back to referrals
      </Link>
      <span className="govuk-caption-l">Referral to {referral.providerName}</span>
      <h1 className="govuk-heading-l" data-testid="referral-person">
        {referral.surname.toUpperCase()}, {referral.forenames}
      </h1>
      <SummaryList
        rows={[
          {
            label: "Date of birth",
            value: referral.dateOfBirth ? formatDate(referral.dateOfBirth) : "Not known",
          },
          { label: "NPU", value: referral.npuName ?? "Not known" },
          { label: "Reason for referral", value: referral.reason },
          { label: "Pathway", value: referral.pathway },
          { label: "Referred", value: `${formatDate(referral.referredOn)} by ${referral.referringOfficer}` },
          {
            label: "State",
            value: (
              <span data-testid="referral-state">
                <ReferralStateTag state={referral.state} /> since {formatDate(referral.stateChangedOn)}
              </span>
            ),
          },
          {
            label: "Follow-up due",
            value: (
              <span data-testid="referral-follow-up">
                {referral.followUpDueOn ? formatDate(referral.followUpDueOn) : "Six months after completion"}
              </span>
            ),
          },
        ]}
      />
      <NarrowPage>
        <ReferralUpdateForm
          referralId={referral.id}
          version={referral.version}
          nextStates={nextReferralStates(referral.state)}
          today={today}
          title={TITLE}
        />
      </NarrowPage>
      <ReferralHistory history={referral.history} />
    </>
  );
}
