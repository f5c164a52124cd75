import Link from "next/link";
import { HotspotHeadlineView } from "@/components/hotspots/hotspot-headline";
import { HotspotTable } from "@/components/hotspots/hotspot-table";
import { WidePage } from "@/components/layout/wide-page";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { figureWindowMetadata } from "@/lib/figures/window-metadata";
import { figureWindowFromParams } from "@/lib/figures/rules";
import { todayInUk } from "@/lib/dates/day";
import { getHotspotFigures } from "@/lib/figures/server/get-hotspot-figures";
import { listHotspotAreas } from "@/lib/hotspots/server/list-hotspot-areas";
import { listEngagementStatuses } from "@/lib/hotspots/server/list-engagement-statuses";
import { EngagementStatusText } from "@/components/hotspots/engagement-status";
import { FigureWindowPage } from "@/components/page/figure-window-page";
import type { SearchParams } from "@/app/search-params";

export const generateMetadata = figureWindowMetadata("Hotspots");

/**
 * The hotspots (issue 17): the force headline and each hotspot's SYV, knife-used SYV and harm, this
 * period against the same period last year, as at any date. Partners see the hotspots, no figures.
 */
export default async function HotspotsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor("hotspots.read");
  const today = todayInUk();
  const window = figureWindowFromParams(await searchParams, today);
  const figures = can(actor, "figures.read") ? await getHotspotFigures({ actor, window }) : null;
  const areas = figures ? null : await listHotspotAreas({ actor, asAt: window.asAt });
  const plans = can(actor, "engagement.read") ? await listEngagementStatuses({ actor }) : null;
  return (
    <WidePage>
      <FigureWindowPage
        title="Hotspots"
        window={window}
        today={today}
        action="/hotspots"
        intro={
          <>
            The geofenced serious youth violence hotspots. An offence is in a hotspot when its location lay
            inside the hotspot&apos;s geofence as it stood on the day the offence occurred. Harm is weighted
            by the harm weight table (Cambridge Crime Harm Index method). See them on the{" "}
            <Link className="govuk-link" href={`/map?asAt=${window.asAt}`}>
              map
            </Link>
            .
            {can(actor, "patrols.read") ? (
              <>
                {" "}
                Targeted Guardian Patrols in the hotspots: the{" "}
                <Link className="govuk-link" href="/patrols">
                  patrol evaluation
                </Link>{" "}
                and the{" "}
                <Link className="govuk-link" href="/patrols/deployments">
                  deployments by period
                </Link>
                .
              </>
            ) : null}
          </>
        }
      >
        {figures ? (
          <>
            <HotspotHeadlineView headline={figures.headline} window={window} />
            <HotspotTable rows={figures.hotspots} window={window} plans={plans} />
          </>
        ) : (
          <ul className="govuk-list govuk-list--bullet" data-testid="hotspot-list">
            {areas!.map((a) => (
              <li key={a.code}>
                <Link className="govuk-link" href={`/hotspots/${a.id}`}>
                  {a.code} {a.name}
                </Link>{" "}
                ({a.npu}, {a.areaKm2.toFixed(2)} km²)
                {plans ? (
                  <>
                    {" "}
                    <EngagementStatusText status={plans[a.id]} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </FigureWindowPage>
    </WidePage>
  );
}
