import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import { dayOfDbDate, todayInUk } from "@/lib/dates/day";
import type { Area } from "@/lib/geo/geojson";
import type { GeofenceWorld, StoredGeofence } from "@/lib/geo/plan-geofences";

/** What a geofence import is checked against: the NPUs, their boundaries, each hotspot's latest geofence. */
export async function loadGeofenceWorld(tx: Pick<Tx, "npu" | "hotspotGeofence">): Promise<GeofenceWorld> {
  const npus = await tx.npu.findMany({ select: { name: true, boundary: true }, orderBy: { name: "asc" } });
  const fences = await tx.hotspotGeofence.findMany({
    select: {
      geometry: true,
      activeFrom: true,
      activeTo: true,
      hotspot: { select: { code: true, npu: { select: { name: true } } } },
    },
    orderBy: [{ hotspotId: "asc" }, { activeFrom: "desc" }],
    distinct: ["hotspotId"],
  });
  const latest: StoredGeofence[] = fences.map((f) => ({
    code: f.hotspot.code,
    npu: f.hotspot.npu.name,
    geometry: f.geometry as unknown as Area,
    activeFrom: dayOfDbDate(f.activeFrom),
    activeTo: f.activeTo ? dayOfDbDate(f.activeTo) : null,
  }));
  return {
    npuNames: npus.map((n) => n.name),
    npuBoundaries: npus.flatMap((n) =>
      n.boundary ? [{ name: n.name, geometry: n.boundary as unknown as Area }] : [],
    ),
    latest,
    today: todayInUk(),
  };
}
