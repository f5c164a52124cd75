import "server-only";

import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { DayRange, FigureWindow } from "@/lib/figures/rules";
import { recordedIn, SYV_SQL } from "@/lib/figures/server/figure-sql";
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

type Agg = { hotspotId: number | null; placed: boolean; syv: number; knife: number; harm: number };

async function aggregate(range: DayRange): Promise<Agg[]> {
  return getPrisma().$queryRaw<Agg[]>`
    SELECT o."hotspotId", (o.latitude IS NOT NULL AND o.longitude IS NOT NULL) AS placed,
           count(*)::int AS syv,
           count(*) FILTER (WHERE o."knifeUsed")::int AS knife,
           coalesce(sum(${HARM_WEIGHT_SQL}), 0)::float8 AS harm
    FROM "Offence" o ${HARM_WEIGHT_JOIN}
    WHERE ${SYV_SQL} AND ${recordedIn(range)}
    GROUP BY 1, 2`;
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
}: {
  actor: Actor;
  window: FigureWindow;
}): Promise<HotspotFigures> {
  await requirePermission(actor, "figures.read");
  const prisma = getPrisma();
  const asAt = window.asAt;
  const [current, previous, hotspots, force, disagree] = await Promise.all([
    aggregate(window.current),
    aggregate(window.previous),
    prisma.$queryRaw<{ id: number; code: string; name: string; npu: string; areaKm2: number | null }[]>`
      SELECT h.id, h.code, h.name, n.name AS npu, g."areaKm2"
      FROM "Hotspot" h JOIN "Npu" n ON n.id = h."npuId"
      LEFT JOIN "HotspotGeofence" g ON g."hotspotId" = h.id
        AND g."activeFrom" <= ${asAt}::date AND (g."activeTo" IS NULL OR g."activeTo" >= ${asAt}::date)
      ORDER BY h.code`,
    prisma.$queryRaw<[{ area: number }]>`
      SELECT coalesce(sum("areaKm2") FILTER (WHERE "boundary" IS NOT NULL), sum("areaKm2"), 0)::float8 AS area FROM "Npu"`,
    prisma.$queryRaw<{ hotspotId: number; n: number }[]>`
      SELECT o."hotspotId", count(*)::int AS n FROM "Offence" o JOIN "Hotspot" h ON h.id = o."hotspotId"
      WHERE ${SYV_SQL} AND ${recordedIn(window.current)} AND o."rmsHotspotCode" IS NOT NULL
        AND o."rmsHotspotCode" <> h.code
      GROUP BY 1`,
  ]);
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
  const disagreeBy = new Map(disagree.map((d) => [d.hotspotId, d.n]));
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
