import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { GeofenceReport } from "@/lib/geo/server/import-geofences";

export type GeofenceImportView = {
  id: number;
  status: string;
  areasFile: string | null;
  hotspotsFile: string | null;
  report: GeofenceReport;
};

/** One of the actor's own geofence uploads with its dry-run report; null for anyone else's. */
export async function getGeofenceImport({
  actor,
  id,
}: {
  actor: Actor;
  id: number;
}): Promise<GeofenceImportView | null> {
  await requirePermission(actor, "geofences.import");
  const row = await getPrisma().geofenceImport.findFirst({
    where: { id, startedById: actor.id },
    select: { id: true, status: true, areasFile: true, hotspotsFile: true, report: true },
  });
  return row ? { ...row, report: row.report as unknown as GeofenceReport } : null;
}
