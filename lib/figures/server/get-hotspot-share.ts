import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { countPart, inRange, SYV, textPart, type FigureTable } from "@/lib/figures/figure-table";
import { percentage, percentNumber, rangeLabel, type FigureWindow } from "@/lib/figures/rules";
import { syvRows, weighted, type FigureRows } from "@/lib/figures/server/figure-sql";

type Share = {
  inside: number;
  outside: number;
  harmInside: number;
  harmOutside: number;
  hotspotArea: number;
  forceArea: number;
};

/**
 * Hotspots against the rest of the force area (seed paragraph 25: 1.4% of the area holding 19% of
 * SYV and 18.4% of harm): offences in scope, their harm score and the area, inside and outside.
 */
export async function getHotspotShare({
  actor,
  window,
  source,
}: {
  actor: Actor;
  window: FigureWindow;
  source?: FigureRows;
}): Promise<FigureTable> {
  await requirePermission(actor, "figures.read");
  const [s] = await getPrisma().$queryRaw<[Share]>`
    SELECT ${weighted(Prisma.sql`f."inHotspot"`)} AS inside,
           ${weighted(Prisma.sql`NOT f."inHotspot"`)} AS outside,
           coalesce(sum(f."harmScore") FILTER (WHERE f."inHotspot"), 0)::int AS "harmInside",
           coalesce(sum(f."harmScore") FILTER (WHERE NOT f."inHotspot"), 0)::int AS "harmOutside",
           (SELECT coalesce(sum("areaKm2"), 0) FROM "Hotspot")::float AS "hotspotArea",
           (SELECT coalesce(sum("areaKm2"), 0) FROM "Npu")::float AS "forceArea"
    FROM ${syvRows(source ?? "kept", [window.current], window.asAt, { outcomes: "none" })} f`;

  const total = s.inside + s.outside;
  const harm = s.harmInside + s.harmOutside;
  const base = { ...SYV, ...inRange(window.current) };
  const km2 = (v: number) => `${v.toLocaleString("en-GB", { maximumFractionDigits: 1 })} km²`;
  const areaShare = (a: number) =>
    s.forceArea > 0 ? percentage(Math.round(a * 1000), Math.round(s.forceArea * 1000)) : "n/a";
  const sides = [
    {
      head: "Inside hotspots",
      n: s.inside,
      harm: s.harmInside,
      area: s.hotspotArea,
      drill: { ...base, inhotspot: "yes" },
    },
    {
      head: "Outside hotspots",
      n: s.outside,
      harm: s.harmOutside,
      area: Math.max(0, s.forceArea - s.hotspotArea),
      drill: { ...base, inhotspot: "no" },
    },
  ];
  return {
    id: "hotspots",
    caption: `Hotspots, ${window.yearLabel} year to date`,
    note: `Offences in scope recorded ${rangeLabel(window.current)}; harm is the sum of the offences' harm scores; area from the hotspots' and NPUs' areas.`,
    corner: "Where",
    columns: ["Offences", "Share of offences", "Share of harm", "Area", "Share of area"],
    rows: sides.map((side) => ({
      head: side.head,
      cells: [
        [countPart(side.n, side.drill, ` offences ${side.head.toLowerCase()}`)],
        [textPart(percentage(side.n, total))],
        [textPart(percentage(side.harm, harm))],
        [textPart(km2(side.area))],
        [textPart(areaShare(side.area))],
      ],
    })),
    csv: {
      columns: [
        "Where",
        "Offences",
        "Share of offences %",
        "Harm score",
        "Share of harm %",
        "Area km2",
        "Share of area %",
      ],
      rows: sides.map((side) => [
        side.head,
        side.n,
        percentNumber(percentage(side.n, total)),
        side.harm,
        percentNumber(percentage(side.harm, harm)),
        Number(side.area.toFixed(2)),
        percentNumber(areaShare(side.area)),
      ]),
    },
  };
}
