import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import type { HotspotSummary } from "@/lib/hotspots/share";

/**
 * One hotspot and its geofence as it stood on `asAt` (null geometry when none stood then): the
 * boundary only, no offence, so every role that may see hotspots (partners too) may read it.
 */
export async function getHotspot({
  actor,
  id,
  asAt,
}: {
  actor: Actor;
  id: number;
  asAt: string;
}): Promise<HotspotSummary> {
  await requirePermission(actor, "hotspots.read", { entity: { type: "hotspot", id } });
  const [row] = await getPrisma().$queryRaw<HotspotSummary[]>`
    SELECT h.id, h.code, h.name, n.name AS npu, g."areaKm2", g.geometry,
           to_char(g."activeFrom", 'YYYY-MM-DD') AS "activeFrom", to_char(g."activeTo", 'YYYY-MM-DD') AS "activeTo"
    FROM "Hotspot" h JOIN "Npu" n ON n.id = h."npuId"
    LEFT JOIN "HotspotGeofence" g ON g."hotspotId" = h.id
      AND g."activeFrom" <= ${asAt}::date AND (g."activeTo" IS NULL OR g."activeTo" >= ${asAt}::date)
    WHERE h.id = ${id}
    LIMIT 1`;
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}
