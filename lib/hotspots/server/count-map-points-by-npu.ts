import "server-only";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { MapNpuCount } from "@/lib/hotspots/map-types";
import { mapPointWhere, type MapPointQuery } from "@/lib/hotspots/server/map-point-where";

/**
 * A map's offences counted by NPU (issue 17): the table beside a force-scale map, where points are
 * drawn in clusters. Every NPU is listed, with none where it has none. Offences: offences.read.
 */
export async function countMapPointsByNpu({ actor, filters, scope }: MapPointQuery): Promise<MapNpuCount[]> {
  await requirePermission(actor, "offences.read");
  return getPrisma().$queryRaw<MapNpuCount[]>`
    SELECT n.id AS "npuId", n.name AS npu,
           count(o.id)::int AS total,
           count(o.id) FILTER (WHERE o.latitude IS NOT NULL AND o.longitude IS NOT NULL)::int AS placed,
           count(o.id) FILTER (WHERE o."hotspotId" IS NOT NULL)::int AS "inHotspots",
           count(o.id) FILTER (WHERE o.latitude IS NULL OR o.longitude IS NULL)::int AS unplaced
    FROM "Npu" n
    LEFT JOIN "Offence" o ON o."npuId" = n.id AND ${mapPointWhere(filters, scope)}
    GROUP BY n.id, n.name
    ORDER BY n.name`;
}
