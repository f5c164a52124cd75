import Link from "next/link";
import { drillHref, inRange, SYV } from "@/lib/figures/figure-table";
import { rangeLabel, type FigureWindow } from "@/lib/figures/rules";
import { formatDay } from "@/lib/dates/day";
import { sharePercent, type HotspotHeadline } from "@/lib/figures/hotspot-figures";

// The report's headline (seed paragraph 25), computed: "57 hotspots cover X% of the force area,
// Y% of SYV and Z% of harm". Each offence figure links to the offences behind it; the unplaced
// offences (no point) are counted in every whole and named beside it, never dropped.

export function HotspotHeadlineView({
  headline,
  window,
}: {
  headline: HotspotHeadline;
  window: FigureWindow;
}) {
  const drill = { ...SYV, ...inRange(window.current), inhotspot: "yes" as const };
  const h = headline;
  return (
    <div className="govuk-panel govuk-panel--informational app-headline" data-testid="hotspot-headline">
      <p className="govuk-body-l">
        <a className="govuk-link" href="#hotspot-table">
          {h.hotspotCount} hotspots
        </a>{" "}
        cover <strong data-testid="area-share">{sharePercent(h.hotspotAreaKm2, h.forceAreaKm2)}</strong> of
        the force area,{" "}
        <Link className="govuk-link" href={drillHref(drill)} data-testid="syv-share">
          {sharePercent(h.inside.syv, h.total.syv)} of SYV
        </Link>{" "}
        and{" "}
        <Link className="govuk-link" href={drillHref(drill)} data-testid="harm-share">
          {sharePercent(h.inside.harm, h.total.harm)} of harm
        </Link>
        .
      </p>
      <p className="govuk-body">
        As at {formatDay(h.asAt, "long")}; SYV recorded {rangeLabel(window.current)}:{" "}
        {h.inside.syv.toLocaleString("en-GB")} of {h.total.syv.toLocaleString("en-GB")} offences inside
        hotspots.{" "}
        <span data-testid="unplaced">
          Unplaced (no location): {h.unplaced.syv.toLocaleString("en-GB")} offences (
          {sharePercent(h.unplaced.syv, h.total.syv)} of SYV, {sharePercent(h.unplaced.harm, h.total.harm)} of
          harm), counted outside hotspots.
        </span>{" "}
        Area: {h.hotspotAreaKm2.toFixed(1)} km² of {h.forceAreaKm2.toFixed(1)} km².
      </p>
    </div>
  );
}
