import type { ReactNode } from "react";
import { EngagementEntryForm } from "@/components/hotspots/engagement-entry-form.deferred";
import { EngagementPlanForm } from "@/components/hotspots/engagement-plan-form.deferred";
import { EngagementPlanView } from "@/components/hotspots/engagement-plan-view";
import { StakeholderForm } from "@/components/hotspots/stakeholder-form.deferred";
import type { EngagementOwner, EngagementPlanDto } from "@/lib/hotspots/engagement-types";

// Keeping a hotspot's community engagement plan (its own page, /hotspots/[id]/engagement): with no
// plan, the form that creates it; with one, the plan as read and the forms that add to it, each in
// a <details> so the page stays readable.

function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}

export function EngagementForms({
  hotspotId,
  plan,
  owners,
  today,
}: {
  hotspotId: number;
  plan: EngagementPlanDto | null;
  owners: EngagementOwner[];
  today: string;
}) {
  if (!plan) return <EngagementPlanForm hotspotId={hotspotId} plan={null} owners={owners} />;
  return (
    <>
      <EngagementPlanView plan={plan} />
      <Details summary="Record a consultation, update, survey or review">
        <EngagementEntryForm planId={plan.id} owners={owners} today={today} />
      </Details>
      <Details summary="Add a stakeholder">
        <StakeholderForm planId={plan.id} />
      </Details>
      <Details summary="Change the plan's owner, aims or next update">
        <EngagementPlanForm hotspotId={hotspotId} plan={plan} owners={owners} />
      </Details>
    </>
  );
}
