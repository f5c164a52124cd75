import Link from "next/link";
import { HomeSection, HomeTable } from "@/components/home/home-section";
import { Tag } from "@/components/ui/tag";
import { formatDay } from "@/lib/dates/day";
import type { EngagementUpdateDue } from "@/lib/hotspots/engagement-types";

// The analyst's home: hotspots whose community update is due within two weeks or overdue
// (seed paragraph 30: "providing regular updates"), each opening its hotspot's plan.

export function EngagementUpdatesDue({ plans }: { plans: EngagementUpdateDue[] }) {
  return (
    <HomeSection id="engagement-updates-due" title="Community updates due">
      {plans.length === 0 ? (
        <p className="govuk-body">No community update is due in the next two weeks.</p>
      ) : (
        <HomeTable
          caption="Community engagement updates due"
          rows={plans.map((p) => ({ ...p, id: p.hotspotId }))}
          columns={[
            {
              header: "Hotspot",
              cell: (p) => (
                <Link className="govuk-link" href={`/hotspots/${p.hotspotId}#engagement`}>
                  {p.hotspot}
                </Link>
              ),
            },
            { header: "Owner", cell: (p) => p.owner },
            {
              header: "Next update due",
              cell: (p) => (
                <>
                  {formatDay(p.nextUpdateDue)}{" "}
                  {p.overdue ? <Tag colour="red">Overdue</Tag> : <Tag colour="yellow">Update due</Tag>}
                </>
              ),
            },
          ]}
        />
      )}
    </HomeSection>
  );
}
