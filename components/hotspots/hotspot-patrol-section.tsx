import type { ReactNode } from "react";

// PATROL DOSAGE SLOT (issue 17): the "patrols" helper builds the weekly dosage data (lib/patrols)
// and its component. The hotspot page passes that component as `children` here; until it does,
// the section says so. No patrol figures are made up in this file.

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
