import Link from "next/link";
import { FigureWindowErrors, FigureWindowForm } from "@/components/figures/figure-window-form";
import { EngagementSection } from "@/components/hotspots/engagement-section";
import { HotspotGeofenceTable } from "@/components/hotspots/hotspot-geofence-table";
import { HotspotOffenceList } from "@/components/hotspots/hotspot-offence-list";
import { HotspotPatrolSection } from "@/components/hotspots/hotspot-patrol-section";
import { HotspotPeriodFigures } from "@/components/hotspots/hotspot-period-figures";
import { WidePage } from "@/components/layout/wide-page";
import { MapPointTable } from "@/components/map/map-point-table";
import { OffenceMap } from "@/components/map/offence-map";
import { can } from "@/lib/auth/permissions";
import { requirePageActor } from "@/lib/auth/server/require-page-actor";
import { getEnv } from "@/lib/env";
import { formatDay, todayInUk } from "@/lib/dates/day";
import { drillHref, inRange, SYV } from "@/lib/figures/figure-table";
import { figureWindowMetadata } from "@/lib/figures/window-metadata";
import { figureWindowFromParams, rangeLabel } from "@/lib/figures/rules";
import { getEngagementPlan } from "@/lib/hotspots/server/get-engagement-plan";
import { getHotspot } from "@/lib/hotspots/server/get-hotspot";
import { getHotspotFigures } from "@/lib/figures/server/get-hotspot-figures";
import { loadRoute } from "@/lib/ids/route-id";
import { listOffences } from "@/lib/offences/server/list-offences";
import { pageParam } from "@/lib/pagination";
import { getWeeklyDosage } from "@/lib/patrols/server/get-weekly-dosage";
import { knifeU25Filters } from "@/lib/hotspots/map-filters";
import { listMapPoints, MAP_POINT_LIMIT } from "@/lib/hotspots/server/list-map-points";
import { WeeklyDosageTable } from "@/components/patrols/weekly-dosage-table";
import type { SearchParams } from "@/app/search-params";

type Params = Promise<{ id: string }>;

export const generateMetadata = figureWindowMetadata("Hotspot");

/**
 * One hotspot as at any date (issue 17): its geofence on a map (with the same data as a table),
 * SYV, knife used and harm this period against the same period last year (chair and analysts:
 * figures.read), its SYV offences a page at a time (roles that read offences), patrol dosage by
 * week (chair and analysts: patrols.read), and its community engagement plan (police roles).
 * Partners see the geofence only, as on /hotspots.
 */
export default async function HotspotPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const actor = await requirePageActor("hotspots.read");
  const query = await searchParams;
  const today = todayInUk();
  const window = figureWindowFromParams(query, today);
  const page = pageParam.parse(Array.isArray(query.page) ? query.page[0] : query.page);
  const hotspot = await loadRoute((await params).id, (id) => getHotspot({ actor, id, asAt: window.asAt }));
  const [figures, offences, plan] = await Promise.all([
    can(actor, "figures.read") ? getHotspotFigures({ actor, window }) : null,
    can(actor, "offences.read")
      ? listOffences({
          actor,
          query: {
            filters: { scrutiny: true, u25: true, ...window.current, hotspot: hotspot.id },
            sort: "recorded",
            dir: "desc",
            page,
            size: 25,
          },
        })
      : null,
    can(actor, "engagement.read") ? getEngagementPlan({ actor, hotspotId: hotspot.id }) : undefined,
  ]);
  // After the others: a request keeps to a few connections (lib/db/at-most.ts).
  const dosage = can(actor, "patrols.read")
    ? await getWeeklyDosage({ actor, hotspotId: hotspot.id, asAt: window.asAt })
    : null;
  // The map's points: this period's knife-used SYV placed in this hotspot (the "Knife used" figure).
  const found = can(actor, "offences.read")
    ? await listMapPoints({
        actor,
        filters: knifeU25Filters(window.current),
        scope: { syv: true, hotspotId: hotspot.id },
      })
    : null;
  const row = figures?.hotspots.find((h) => h.id === hotspot.id);
  const base = `/hotspots/${hotspot.id}`;
  const asAtQuery = window.asAt === today ? "" : `asAt=${window.asAt}&year=${window.year}`;
  return (
    <WidePage>
      <FigureWindowErrors window={window} />
      <Link className="govuk-back-link" href="/hotspots">
        All hotspots
      </Link>
      <span className="govuk-caption-l">{hotspot.npu}</span>
      <h1 className="govuk-heading-l">
        {hotspot.code} {hotspot.name}
      </h1>
      <FigureWindowForm window={window} today={today} action={base} />
      {figures ? (
        row ? (
          <HotspotPeriodFigures row={row} headline={figures.headline} window={window} />
        ) : (
          <p className="govuk-body" data-testid="hotspot-no-figures">
            This hotspot had no geofence on {formatDay(window.asAt)}, so it has no figures as at that date.
          </p>
        )
      ) : null}
      <h2 className="govuk-heading-m">Geofence{found ? " and knife-used offences" : ""}</h2>
      {found ? (
        <p className="govuk-body">
          The geofence as it stood on {formatDay(window.asAt)} (orange) and the knife-used serious youth
          violence placed in it, recorded {rangeLabel(window.current)}, as points: select a point to open its
          offence. The same offences are in the table below the map.
        </p>
      ) : null}
      <OffenceMap
        data={{
          npus: [],
          hotspots: hotspot.geometry
            ? [{ label: `${hotspot.code} ${hotspot.name}`, geometry: hotspot.geometry }]
            : [],
          points: found?.points ?? [],
          tileUrl: getEnv().MAP_TILE_URL ?? null,
        }}
        label={`Map of the geofence of hotspot ${hotspot.code}${found ? " and its knife-used offences" : ""}`}
      />
      <HotspotGeofenceTable hotspot={hotspot} />
      {found ? (
        <MapPointTable found={found} period={rangeLabel(window.current)} limit={MAP_POINT_LIMIT} />
      ) : null}
      {offences ? (
        <HotspotOffenceList
          list={offences}
          period={rangeLabel(window.current)}
          fullListHref={drillHref({ ...SYV, ...inRange(window.current), hotspot: String(hotspot.id) })}
          hrefForPage={(p) => `${base}?${asAtQuery ? `${asAtQuery}&` : ""}page=${p}#hotspot-offences`}
        />
      ) : null}
      {dosage ? (
        <HotspotPatrolSection records={can(actor, "patrols.record")}>
          <WeeklyDosageTable
            weeks={dosage}
            caption="Minutes and patrols inside the geofence, the last 12 weeks"
          />
        </HotspotPatrolSection>
      ) : null}
      {plan !== undefined ? (
        <EngagementSection hotspotId={hotspot.id} plan={plan} writes={can(actor, "engagement.write")} />
      ) : null}
    </WidePage>
  );
}
