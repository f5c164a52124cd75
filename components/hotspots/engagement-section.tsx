import Link from "next/link";
import { EngagementPlanView } from "@/components/hotspots/engagement-plan-view";
import type { EngagementPlanDto } from "@/lib/hotspots/engagement-types";
import { TitledSection } from "@/components/ui/titled-section";

// The hotspot page's community engagement plan (seed paragraph 30: "every hotspot must have a
// community engagement plan"): the plan as read, flagged when there is none. Those who keep it
// (chair, analysts) follow a link to its own page (/hotspots/[id]/engagement, EngagementForms), so
// the hotspot page with its map carries no form JavaScript.

export function EngagementSection({
  hotspotId,
  plan,
  writes,
}: {
  hotspotId: number;
  plan: EngagementPlanDto | null;
  /** The viewer keeps plans (engagement.write). */
  writes: boolean;
}) {
  return (
    <TitledSection titleId="engagement" title="Community engagement plan" testId="engagement-section">
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
      {writes ? (
        <p className="govuk-body">
          <Link
            className="govuk-link"
            href={`/hotspots/${hotspotId}/engagement`}
            data-testid="keep-engagement-plan"
          >
            {plan ? "Record an entry, add a stakeholder or change the plan" : "Create the engagement plan"}
          </Link>
        </p>
      ) : null}
    </TitledSection>
  );
}
