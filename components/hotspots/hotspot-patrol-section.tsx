import type { ReactNode } from "react";

// The hotspot page's "patrol dosage by week" section (issue 17): the page passes the weekly dosage
// table (components/patrols, from lib/patrols getWeeklyDosage) as `children` to roles that may
// read patrols; the section says so when there is none.

export function HotspotPatrolSection({ children }: { children?: ReactNode }) {
  return (
    <section aria-labelledby="patrol-dosage" data-testid="hotspot-patrol-dosage">
      <h2 className="govuk-heading-m" id="patrol-dosage">
        Patrol dosage by week
      </h2>
      {children ?? <p className="govuk-body">Patrol dosage for this hotspot is not available yet.</p>}
    </section>
  );
}
