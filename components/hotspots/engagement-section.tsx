import { EngagementEntryForm } from "@/components/hotspots/engagement-entry-form";
import { EngagementPlanForm } from "@/components/hotspots/engagement-plan-form";
import { EngagementPlanView } from "@/components/hotspots/engagement-plan-view";
import { StakeholderForm } from "@/components/hotspots/stakeholder-form";
import type { EngagementOwner, EngagementPlanDto } from "@/lib/hotspots/engagement-types";

// The hotspot page's community engagement plan (seed paragraph 30: "every hotspot must have a
// community engagement plan"): the plan as read, and for those who keep it (chair, analysts) the
// forms, each in a <details> so the page stays readable.

export function EngagementSection({
  hotspotId,
  plan,
  owners,
  writes,
  today,
}: {
  hotspotId: number;
  plan: EngagementPlanDto | null;
  owners: EngagementOwner[];
  writes: boolean;
  today: string;
}) {
  return (
    <section aria-labelledby="engagement" data-testid="engagement-section">
      <h2 className="govuk-heading-m" id="engagement">
        Community engagement plan
      </h2>
      {plan ? (
        <EngagementPlanView plan={plan} />
      ) : (
        <div className="govuk-warning-text" data-testid="no-engagement-plan">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            This hotspot has no community engagement plan.
          </strong>
        </div>
      )}
      {writes && !plan ? <EngagementPlanForm hotspotId={hotspotId} plan={null} owners={owners} /> : null}
      {writes && plan ? (
        <>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                Record a consultation, update, survey or review
              </span>
            </summary>
            <div className="govuk-details__text">
              <EngagementEntryForm planId={plan.id} owners={owners} today={today} />
            </div>
          </details>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Add a stakeholder</span>
            </summary>
            <div className="govuk-details__text">
              <StakeholderForm planId={plan.id} />
            </div>
          </details>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                Change the plan&apos;s owner, aims or next update
              </span>
            </summary>
            <div className="govuk-details__text">
              <EngagementPlanForm hotspotId={hotspotId} plan={plan} owners={owners} />
            </div>
          </details>
        </>
      ) : null}
    </section>
  );
}
