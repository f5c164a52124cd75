import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Area } from "@/lib/geo/geojson";

export type HotspotArea = {
  id: number;
  code: string;
  name: string;
  npu: string;
  areaKm2: number;
  geometry: Area;
};
export type NpuArea = { name: string; geometry: Area };

/** The hotspots' geofences as they stood on `asAt`: boundaries only, no offence (partners may see them). */
export async function listHotspotAreas({
  actor,
  asAt,
}: {
  actor: Actor;
  asAt: string;
}): Promise<HotspotArea[]> {
  await requirePermission(actor, "hotspots.read");
  return getPrisma().$queryRaw<HotspotArea[]>`
    SELECT h.id, h.code, h.name, n.name AS npu, g."areaKm2", g.geometry
    FROM "HotspotGeofence" g JOIN "Hotspot" h ON h.id = g."hotspotId" JOIN "Npu" n ON n.id = h."npuId"
    WHERE g."activeFrom" <= ${asAt}::date AND (g."activeTo" IS NULL OR g."activeTo" >= ${asAt}::date)
    ORDER BY h.code`;
}

/** The NPU boundaries (the force area is their union). */
export async function listNpuAreas({ actor }: { actor: Actor }): Promise<NpuArea[]> {
  await requirePermission(actor, "hotspots.read");
  const rows = await getPrisma().npu.findMany({
    select: { name: true, boundary: true },
    orderBy: { name: "asc" },
  });
  return rows.flatMap((r) => (r.boundary ? [{ name: r.name, geometry: r.boundary as unknown as Area }] : []));
}
