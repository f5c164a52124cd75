import type { Metadata } from "next";
import { EffectivenessTable } from "@/components/referrals/effectiveness-table";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getReferralEffectiveness } from "@/lib/referrals/server/get-referral-effectiveness";
import { WidePage } from "@/components/layout/wide-page";

export const metadata: Metadata = { title: "Interventions: effectiveness" };

/** For the chair and analysts: which interventions and pathways are associated with fewer re-appearances. */
export default async function EffectivenessPage() {
  const actor = await requirePageActor("referrals.read");
  const rows = await getReferralEffectiveness({ actor });
  return (
    <WidePage>
      <h1 className="govuk-heading-l">Interventions: effectiveness</h1>
      <p className="govuk-body">
        Referrals to each provider and pathway, how many engaged and completed, and how many of those who
        completed appeared again in a knife-used offence, against those referred who never engaged. Select any
        number to see the referrals and persons behind it.
      </p>
      {rows.length === 0 ? (
        <p className="govuk-body">There are no referrals yet.</p>
      ) : (
        <EffectivenessTable rows={rows} />
      )}
      <details className="govuk-details" open>
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">How these figures are counted</span>
        </summary>
        <div className="govuk-details__text" data-testid="effectiveness-definitions">
          <ul className="govuk-list govuk-list--bullet">
            <li>Referrals: every referral to the provider on that pathway, whatever its state.</li>
            <li>
              Engagement rate: referrals that reached “engaged” (including those later completed or closed) ÷
              referrals.
            </li>
            <li>Completion rate: referrals completed ÷ referrals.</li>
            <li>
              Appeared again: the person is recorded as a victim or suspect (or offender) in a knife-used
              offence that occurred after the start date, up to 183 days (6 months) or 365 days (12 months)
              after it. Removed links do not count.
            </li>
            <li>Completed: the start date is the date the referral was completed.</li>
            <li>
              Referred but not engaged (the comparison): referrals that were declined or closed without ever
              engaging. The start date is the date of referral, as there was no programme to complete.
            </li>
            <li>
              A referral counts towards a window only once the whole window has passed, so the share is
              “appeared again” ÷ referrals whose 6 or 12 months have passed. “n/a” means no referral’s window
              has passed yet.
            </li>
            <li>
              These are associations, not proof that an intervention worked: people who complete a programme
              may differ from those who decline.
            </li>
          </ul>
        </div>
      </details>
    </WidePage>
  );
}
