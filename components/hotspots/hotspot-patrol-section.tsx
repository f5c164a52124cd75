import Link from "next/link";
import type { ReactNode } from "react";
import { TitledSection } from "@/components/ui/titled-section";

// The hotspot page's "patrol dosage by week" section (issue 17): the page passes the weekly dosage
// table (components/patrols, from lib/patrols getWeeklyDosage) as `children` to roles that may
// read patrols; the section says so when there is none, and links to the patrol pages a chair or
// analyst goes on to: the evaluation, the deployments by period and (analysts) the dosage import.

export function HotspotPatrolSection({
  children,
  records = false,
}: {
  children?: ReactNode;
  /** The viewer records deployments and imports dosage (patrols.record). */
  records?: boolean;
}) {
  return (
    <TitledSection titleId="patrol-dosage" title="Patrol dosage by week" testId="hotspot-patrol-dosage">
      {children ?? <p className="govuk-body">Patrol dosage for this hotspot is not available yet.</p>}
      <ul className="govuk-list" data-testid="hotspot-patrol-links">
        <li>
          <Link className="govuk-link" href="/patrols">
            Guardian patrols: treatment against control, and dosage against offences per hotspot
          </Link>
        </li>
        <li>
          <Link className="govuk-link" href="/patrols/deployments">
            {records ? "Record a period's deployment" : "Deployments by period"}
          </Link>
        </li>
        {records ? (
          <li>
            <Link className="govuk-link" href="/imports/patrols">
              Import patrol dosage
            </Link>
          </li>
        ) : null}
      </ul>
    </TitledSection>
  );
}
