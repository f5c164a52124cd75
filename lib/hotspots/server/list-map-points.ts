import "server-only";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { MapPoint } from "@/lib/hotspots/map-types";
import { mapPointWhere, type MapPointQuery } from "@/lib/hotspots/server/map-point-where";

/** The most points one map draws; beyond it the page asks for narrower filters. */
export const MAP_POINT_LIMIT = 3_000;

/**
 * Offences with a point for the map (issue 17), recorded in the period, filtered like the map's
 * form. Offences only for roles that read offences (partners never reach this: offences.read).
 * Offences without a point are counted, not drawn. `scope` narrows it for the hotspot page (one
 * hotspot) and the figures (serious youth violence only).
 */
export async function listMapPoints({
  actor,
  filters,
  scope,
}: MapPointQuery): Promise<{ points: MapPoint[]; total: number; unplaced: number }> {
  await requirePermission(actor, "offences.read");
  const clause = mapPointWhere(filters, scope);
  const prisma = getPrisma();
  const [points, [counts]] = await Promise.all([
    prisma.$queryRaw<MapPoint[]>`
      SELECT o.id, o."crimeReference", o."offenceCode", to_char(o."recordedOn", 'YYYY-MM-DD') AS "recordedOn",
             o."knifeUsed", o."youngestVictimAge", o.latitude, o.longitude, h.code AS "hotspotCode"
      FROM "Offence" o LEFT JOIN "Hotspot" h ON h.id = o."hotspotId"
      WHERE ${clause} AND o.latitude IS NOT NULL AND o.longitude IS NOT NULL
      ORDER BY o."recordedOn" DESC, o.id DESC
      LIMIT ${MAP_POINT_LIMIT}`,
    prisma.$queryRaw<[{ total: number; unplaced: number }]>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE o.latitude IS NULL OR o.longitude IS NULL)::int AS unplaced
      FROM "Offence" o WHERE ${clause}`,
  ]);
  return { points, total: counts.total, unplaced: counts.unplaced };
}
