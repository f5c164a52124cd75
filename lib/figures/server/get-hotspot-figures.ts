import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DayRange, FigureWindow } from "@/lib/figures/rules";
import {
  recordedIn,
  resolveRows,
  splitByMonth,
  SYV_SQL,
  type FigureRows,
} from "@/lib/figures/server/figure-sql";
import { HARM_WEIGHT_JOIN, HARM_WEIGHT_SQL } from "@/lib/figures/server/harm-sql";
import type { HotspotFigures, PeriodCounts } from "@/lib/figures/hotspot-figures";

// The hotspot figures (issue 17; domain.md "Hotspots, harm and patrols"): each hotspot's SYV,
// knife-used SYV and harm this period against the same period last year, and the force headline
// "N hotspots cover X% of the force area, Y% of SYV and Z% of harm", with unplaced offences (no
// point) counted beside every share. Placement is by point (offence.hotspotId, lib/geo); harm is
// the weight table's (HarmWeight, HARM_WEIGHT_SQL), not the typed-in harm score. This is the one
// definition of the hotspot shares: /hotspots, each hotspot's page and /figures' hotspot share table
// (lib/figures/server/get-hotspot-share.ts) all read it, so the headline's "inside" is exactly the
// sum of the rows (a hotspot whose geofence ended before the as-at day still has its row while it
// holds offences in either period).

type Agg = {
  current: boolean;
  hotspotId: number | null;
  placed: boolean;
  syv: number;
  knife: number;
  harm: number;
  /** Offences placed in the hotspot whose RMS hotspot code says otherwise. */
  disagree: number;
};

/**
 * The in-scope offences of both periods by hotspot and placement. Kept ("kept", "months"): whole
 * months from FigureHotspotMonth (counts per month and key, kept by triggers in the transaction of
 * every change to Offence or HarmWeight: migration figure_hotspot_month) and the days of part-months
 * from Offence; otherwise all from Offence, the definition (figure-hotspot-month and
 * figures-equivalence integration tests compare the two). Harm is summed in numeric then read as float8: exact for any weight of up to
 * 15 digits, and the same as the definition's float8 sum whenever that is exact.
 */
async function aggregate(rows: FigureRows, window: FigureWindow): Promise<Agg[]> {
  const periods = [
    { current: true, range: window.current },
    { current: false, range: window.previous },
  ];
  // Counted per hotspot and placement first: one aggregate over the index rows, as the definition is.
  const fromOffences = (current: boolean, range: DayRange) => Prisma.sql`
    SELECT ${current}::boolean AS current, o."hotspotId", (o.latitude IS NOT NULL AND o.longitude IS NOT NULL) AS placed,
           count(*)::int AS syv, count(*) FILTER (WHERE o."knifeUsed")::int AS knife,
           sum(${HARM_WEIGHT_SQL}::numeric) AS harm,
           count(*) FILTER (WHERE o."rmsHotspotCode" IS NOT NULL AND o."rmsHotspotCode" <> h.code)::int AS disagree
    FROM "Offence" o ${HARM_WEIGHT_JOIN} LEFT JOIN "Hotspot" h ON h.id = o."hotspotId"
    WHERE ${SYV_SQL} AND ${recordedIn(range)}
    GROUP BY 2, 3`;
  const pieces =
    resolveRows(rows) !== "months"
      ? periods.map((p) => fromOffences(p.current, p.range))
      : periods.flatMap(({ current, range }) => {
          const { months, edges } = splitByMonth(range);
          return [
            ...(months
              ? [
                  Prisma.sql`
    SELECT ${current}::boolean AS current, nullif(m."hotspotId", 0) AS "hotspotId", m.placed, m.n AS syv,
           CASE WHEN m."knifeUsed" THEN m.n ELSE 0 END AS knife, m.harm,
           CASE WHEN m."rmsGiven" AND m."rmsHotspotCode" <> h.code THEN m.n ELSE 0 END AS disagree
    FROM "FigureHotspotMonth" m LEFT JOIN "Hotspot" h ON h.id = m."hotspotId"
    WHERE m.month >= ${months.from}::date AND m.month < ${months.until}::date`,
                ]
              : []),
            ...edges.map((edge) => fromOffences(current, edge)),
          ];
        });
  return getPrisma().$queryRaw<Agg[]>`
    SELECT current, "hotspotId", placed, sum(syv)::int AS syv, sum(knife)::int AS knife,
           coalesce(sum(harm), 0)::float8 AS harm, sum(disagree)::int AS disagree
    FROM (${Prisma.join(pieces, " UNION ALL ")}) a
    GROUP BY 1, 2, 3`;
}

const zero = (): PeriodCounts => ({ syv: 0, knife: 0, harm: 0 });
const add = (into: PeriodCounts, a: Agg) => {
  into.syv += a.syv;
  into.knife += a.knife;
  into.harm += a.harm;
};

export async function getHotspotFigures({
  actor,
  window,
  source = "kept",
}: {
  actor: Actor;
  window: FigureWindow;
  /** Where the counts come from: the kept store (the default) or the definition (the test, the bench). */
  source?: FigureRows;
}): Promise<HotspotFigures> {
  await requirePermission(actor, "figures.read");
  const prisma = getPrisma();
  const asAt = window.asAt;
  const [counted, hotspots, force] = await Promise.all([
    aggregate(source, window),
    prisma.$queryRaw<{ id: number; code: string; name: string; npu: string; areaKm2: number | null }[]>`
      SELECT h.id, h.code, h.name, n.name AS npu, g."areaKm2"
      FROM "Hotspot" h JOIN "Npu" n ON n.id = h."npuId"
      LEFT JOIN "HotspotGeofence" g ON g."hotspotId" = h.id
        AND g."activeFrom" <= ${asAt}::date AND (g."activeTo" IS NULL OR g."activeTo" >= ${asAt}::date)
      ORDER BY h.code`,
    prisma.$queryRaw<[{ area: number }]>`
      SELECT coalesce(sum("areaKm2") FILTER (WHERE "boundary" IS NOT NULL), sum("areaKm2"), 0)::float8 AS area FROM "Npu"`,
  ]);
  const current = counted.filter((a) => a.current);
  const previous = counted.filter((a) => !a.current);
  const byId = (rows: Agg[]) => {
    const m = new Map<number, PeriodCounts>();
    for (const r of rows) {
      if (r.hotspotId === null) continue;
      const c = m.get(r.hotspotId) ?? zero();
      add(c, r);
      m.set(r.hotspotId, c);
    }
    return m;
  };
  const cur = byId(current);
  const prev = byId(previous);
  const disagreeBy = new Map<number, number>();
  for (const r of current)
    if (r.hotspotId !== null) disagreeBy.set(r.hotspotId, (disagreeBy.get(r.hotspotId) ?? 0) + r.disagree);
  const total = zero();
  const inside = zero();
  const unplaced = zero();
  for (const r of current) {
    add(total, r);
    if (r.hotspotId !== null) add(inside, r);
    else if (!r.placed) add(unplaced, r);
  }
  // Rows: every hotspot with a geofence on the as-at day, and any other that holds offences.
  const listed = hotspots.filter((h) => h.areaKm2 !== null || cur.has(h.id) || prev.has(h.id));
  const active = hotspots.filter((h) => h.areaKm2 !== null);
  return {
    window,
    headline: {
      asAt,
      hotspotCount: active.length,
      hotspotAreaKm2: active.reduce((s, h) => s + h.areaKm2!, 0),
      forceAreaKm2: force[0]?.area ?? 0,
      total,
      inside,
      unplaced,
    },
    hotspots: listed.map((h) => ({
      ...h,
      current: cur.get(h.id) ?? zero(),
      previous: prev.get(h.id) ?? zero(),
      rmsDisagree: disagreeBy.get(h.id) ?? 0,
    })),
  };
}
