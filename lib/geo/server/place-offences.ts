import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import { dayOfDbDate } from "@/lib/dates/day";
import type { Area } from "@/lib/geo/geojson";
import { Placement } from "@/lib/geo/placement";

export type PlacementResult = { checked: number; moved: number; disagreeWithRms: number };

/** The geofences of every hotspot, all versions, as the placement index wants them. */
export async function loadPlacement(tx: Pick<Tx, "hotspotGeofence">): Promise<Placement> {
  const fences = await tx.hotspotGeofence.findMany({
    select: {
      hotspotId: true,
      geometry: true,
      minLat: true,
      minLon: true,
      maxLat: true,
      maxLon: true,
      activeFrom: true,
      activeTo: true,
      hotspot: { select: { code: true } },
    },
    orderBy: { id: "asc" },
  });
  return new Placement(
    fences.map((f) => ({
      ...f,
      code: f.hotspot.code,
      geometry: f.geometry as unknown as Area,
      activeFrom: dayOfDbDate(f.activeFrom),
      activeTo: f.activeTo ? dayOfDbDate(f.activeTo) : null,
    })),
  );
}

/**
 * Puts offences in the hotspot whose geofence held their point on the day they occurred (issue 17).
 * Runs in the caller's transaction: after a geofence import (every offence with a point) or an RMS
 * import (the imported ones). Offences without a point are left unplaced (hotspotId null). The RMS
 * hotspot code is never changed: where it disagrees the analyst sees the flag.
 */
export async function placeOffences(
  tx: Pick<Tx, "hotspotGeofence" | "$queryRaw" | "$executeRaw">,
  options: { offenceIds?: number[] } = {},
): Promise<PlacementResult> {
  const placement = await loadPlacement(tx);
  const ids = options.offenceIds ?? null;
  const rows = await tx.$queryRaw<
    {
      id: number;
      latitude: number | null;
      longitude: number | null;
      occurredOn: Date;
      hotspotId: number | null;
      rmsHotspotCode: string | null;
    }[]
  >`SELECT id, latitude, longitude, "occurredOn", "hotspotId", "rmsHotspotCode" FROM "Offence"
    WHERE (${ids}::int[] IS NULL OR id = ANY(${ids}::int[]))`;
  const changedIds: number[] = [];
  const changedTo: (number | null)[] = [];
  let disagree = 0;
  for (const r of rows) {
    const fence =
      r.latitude === null || r.longitude === null
        ? null
        : placement.place(r.latitude, r.longitude, dayOfDbDate(r.occurredOn));
    const hotspotId = fence?.hotspotId ?? null;
    if (r.rmsHotspotCode && r.latitude !== null && fence?.code !== r.rmsHotspotCode) disagree++;
    if (hotspotId !== r.hotspotId) {
      changedIds.push(r.id);
      changedTo.push(hotspotId);
    }
  }
  if (changedIds.length > 0)
    await tx.$executeRaw`UPDATE "Offence" o SET "hotspotId" = v.h
      FROM unnest(${changedIds}::int[], ${changedTo}::int[]) AS v(id, h) WHERE o.id = v.id`;
  return { checked: rows.length, moved: changedIds.length, disagreeWithRms: disagree };
}
