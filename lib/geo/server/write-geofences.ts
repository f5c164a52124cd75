import "server-only";
import type { Tx } from "@/lib/db/server/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditActor } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { dbDateOf } from "@/lib/dates/day";
import { centroid } from "@turf/turf";
import type { GeofencePlan } from "@/lib/geo/plan-geofences";
import { placeOffences, prismaQuery, type PlacementResult } from "@/lib/geo/server/place-offences";

export type GeofenceCounts = {
  npus: number;
  hotspotsNew: number;
  hotspotsRedrawn: number;
  hotspotsUnchanged: number;
  placement: PlacementResult;
};

/**
 * Writes a checked plan (no problems) in the caller's transaction: NPU boundaries and areas, new
 * hotspots, redrawn geofences (the previous one closed the day before), then re-places every
 * offence with a point, and one audit row with the counts. All or nothing with the caller's tx.
 */
export async function writeGeofences(
  tx: Tx,
  plan: GeofencePlan,
  actor: AuditActor,
  detail: Record<string, unknown>,
): Promise<GeofenceCounts> {
  if (plan.problems.length > 0) throw new Error("A geofence plan with problems is never written");
  for (const n of plan.npus)
    await tx.npu.update({
      where: { name: n.name },
      data: { boundary: n.geometry as unknown as Prisma.InputJsonValue, areaKm2: round3(n.areaKm2) },
    });
  const npuIds = new Map(
    (await tx.npu.findMany({ select: { id: true, name: true } })).map((n) => [n.name, n.id]),
  );
  let created = 0;
  let redrawn = 0;
  for (const h of plan.hotspots) {
    const [lon, lat] = centroid(h.geometry).geometry.coordinates as [number, number];
    const fields = {
      name: h.name,
      npuId: npuIds.get(h.npu)!,
      areaKm2: round3(h.areaKm2),
      latitude: round6(lat),
      longitude: round6(lon),
      radiusMetres: Math.round(Math.sqrt((h.areaKm2 * 1e6) / Math.PI)),
      active: true,
    };
    const hotspot = await tx.hotspot.upsert({
      where: { code: h.code },
      create: { code: h.code, ...fields },
      update: h.change === "unchanged" ? {} : fields,
      select: { id: true, geofences: { select: { id: true }, take: 1 } },
    });
    const fence = {
      geometry: h.geometry as unknown as Prisma.InputJsonValue,
      areaKm2: round3(h.areaKm2),
      minLon: h.bbox[0],
      minLat: h.bbox[1],
      maxLon: h.bbox[2],
      maxLat: h.bbox[3],
      activeFrom: dbDateOf(h.activeFrom),
      activeTo: h.activeTo ? dbDateOf(h.activeTo) : null,
    };
    if (h.change === "redrawn") {
      const previous = await tx.hotspotGeofence.findFirstOrThrow({
        where: { hotspotId: hotspot.id },
        orderBy: { activeFrom: "desc" },
      });
      await tx.hotspotGeofence.update({
        where: { id: previous.id },
        data: { activeTo: dbDateOf(h.closePreviousOn!) },
      });
      await tx.hotspotGeofence.create({ data: { hotspotId: hotspot.id, ...fence } });
      redrawn++;
    } else if (hotspot.geofences.length === 0) {
      await tx.hotspotGeofence.create({ data: { hotspotId: hotspot.id, ...fence } });
      created++;
    }
  }
  const placement = await placeOffences(prismaQuery(tx));
  const counts: GeofenceCounts = {
    npus: plan.npus.length,
    hotspotsNew: created,
    hotspotsRedrawn: redrawn,
    hotspotsUnchanged: plan.hotspots.length - created - redrawn,
    placement,
  };
  await writeAudit(tx, {
    event: "geofences.imported",
    actor,
    entity: { type: "geofence-import", id: String(detail.importId ?? "cli") },
    before: {},
    after: { ...counts.placement, npus: counts.npus, new: created, redrawn },
    detail,
  });
  return counts;
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
