import "server-only";
import { countPart, inRange, SYV, textPart, type FigureTable } from "@/lib/figures/figure-table";
import { percentage, percentNumber, rangeLabel } from "@/lib/figures/rules";
import type { FigureTableOptions } from "@/lib/figures/server/figure-sql";
import { getHotspotFigures } from "@/lib/figures/server/get-hotspot-figures";

/**
 * Hotspots against the rest of the force area (seed paragraph 25: 1.4% of the area holding 19% of
 * SYV and 18.4% of harm). One definition with /hotspots (issue 17): the numbers are the force
 * headline of getHotspotFigures (offences placed by their point, harm from the dated harm weight
 * table, areas from the geofences standing on the as-at day), so this table, the headline and the
 * sum of the hotspots' rows always agree. `source` as getHotspotFigures reads it: the kept store
 * (FigureHotspotMonth) for whole months, or the definition over Offence.
 */
export async function getHotspotShare({ actor, window, source }: FigureTableOptions): Promise<FigureTable> {
  const { headline: h } = await getHotspotFigures({ actor, window, source });
  const outside = {
    syv: h.total.syv - h.inside.syv,
    harm: h.total.harm - h.inside.harm,
  };
  const base = { ...SYV, ...inRange(window.current) };
  const harmDays = (v: number) => Math.round(v);
  const km2 = (v: number) => `${v.toLocaleString("en-GB", { maximumFractionDigits: 1 })} km²`;
  const areaShare = (a: number) =>
    h.forceAreaKm2 > 0 ? percentage(Math.round(a * 1000), Math.round(h.forceAreaKm2 * 1000)) : "n/a";
  const sides = [
    {
      head: "Inside hotspots",
      n: h.inside.syv,
      harm: h.inside.harm,
      area: h.hotspotAreaKm2,
      drill: { ...base, inhotspot: "yes" },
    },
    {
      head: "Outside hotspots",
      n: outside.syv,
      harm: outside.harm,
      area: Math.max(0, h.forceAreaKm2 - h.hotspotAreaKm2),
      drill: { ...base, inhotspot: "no" },
    },
  ];
  return {
    id: "hotspots",
    caption: `Hotspots, ${window.yearLabel} year to date`,
    note:
      `Offences in scope recorded ${rangeLabel(window.current)}, placed by their location in the geofence ` +
      `that stood on the day they occurred; harm is the sum of the offences' harm weights (days, the harm ` +
      `weight table); area from the ${h.hotspotCount} geofences standing on the as-at day and the NPU ` +
      `boundaries. Outside includes ${h.unplaced.syv.toLocaleString("en-GB")} unplaced offences (no ` +
      `location): ${percentage(h.unplaced.syv, h.total.syv)} of offences, ` +
      `${percentage(h.unplaced.harm, h.total.harm)} of harm.`,
    corner: "Where",
    columns: ["Offences", "Share of offences", "Harm (days)", "Share of harm", "Area", "Share of area"],
    rows: sides.map((side) => ({
      head: side.head,
      cells: [
        [countPart(side.n, side.drill, ` offences ${side.head.toLowerCase()}`)],
        [textPart(percentage(side.n, h.total.syv))],
        [textPart(harmDays(side.harm).toLocaleString("en-GB"))],
        [textPart(percentage(side.harm, h.total.harm))],
        [textPart(km2(side.area))],
        [textPart(areaShare(side.area))],
      ],
    })),
    csv: {
      columns: [
        "Where",
        "Offences",
        "Share of offences %",
        "Harm (days)",
        "Share of harm %",
        "Area km2",
        "Share of area %",
      ],
      rows: sides.map((side) => [
        side.head,
        side.n,
        percentNumber(percentage(side.n, h.total.syv)),
        harmDays(side.harm),
        percentNumber(percentage(side.harm, h.total.harm)),
        Number(side.area.toFixed(2)),
        percentNumber(areaShare(side.area)),
      ]),
    },
  };
}
