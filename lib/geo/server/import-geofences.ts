import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { auditActorOf, type AuditActor } from "@/lib/audit/events";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { planGeofences, type GeofencePlan } from "@/lib/geo/plan-geofences";
import { loadGeofenceWorld } from "@/lib/geo/server/load-geofence-world";
import { writeGeofences, type GeofenceCounts } from "@/lib/geo/server/write-geofences";

export type GeofenceFiles = {
  areasFile?: string | null;
  areasText?: string | null;
  hotspotsFile?: string | null;
  hotspotsText?: string | null;
};
export type GeofenceReport = {
  problems: GeofencePlan["problems"];
  npus: number;
  hotspots: { new: number; redrawn: number; unchanged: number; renamed: number };
  forceAreaKm2: number;
  hotspotAreaKm2: number;
  counts?: GeofenceCounts;
};

export function reportOf(plan: GeofencePlan): GeofenceReport {
  const n = (c: string) => plan.hotspots.filter((h) => h.change === c).length;
  return {
    problems: plan.problems,
    npus: plan.npus.length,
    hotspots: { new: n("new"), redrawn: n("redrawn"), unchanged: n("unchanged"), renamed: n("renamed") },
    forceAreaKm2: Math.round(plan.forceAreaKm2 * 1000) / 1000,
    hotspotAreaKm2: Math.round(plan.hotspotAreaKm2 * 1000) / 1000,
  };
}

/** The dry run: checks the files and keeps them with the report. Writes no geofence. */
export async function checkGeofenceImport({
  actor,
  files,
}: {
  actor: Actor;
  files: GeofenceFiles;
}): Promise<{ id: number; report: GeofenceReport }> {
  await requirePermission(actor, "geofences.import");
  const prisma = getPrisma();
  const plan = planGeofences(files, await loadGeofenceWorld(prisma));
  const report = reportOf(plan);
  const row = await prisma.geofenceImport.create({
    data: {
      startedById: actor.id,
      status: plan.problems.length ? "REFUSED" : "CHECKED",
      areasFile: files.areasFile ?? null,
      areasText: files.areasText ?? null,
      hotspotsFile: files.hotspotsFile ?? null,
      hotspotsText: files.hotspotsText ?? null,
      report: report as unknown as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return { id: row.id, report };
}

/**
 * Imports a checked upload: re-checked inside the transaction against the database as it is now,
 * so a change since the dry run refuses the whole import rather than writing half of it.
 */
export async function applyGeofenceImport({
  actor,
  id,
}: {
  actor: Actor;
  id: number;
}): Promise<GeofenceReport> {
  await requirePermission(actor, "geofences.import");
  const row = await getPrisma().geofenceImport.findUnique({ where: { id } });
  if (!row || row.startedById !== actor.id) throw new AppError("NOT_FOUND");
  if (row.status !== "CHECKED") throw new AppError("CONFLICT");
  return applyFiles(row, auditActorOf(actor), id);
}

/** Shared by the upload and `npm run import -- --areas … --hotspots …` (the system as actor). */
export async function applyFiles(
  files: GeofenceFiles,
  actor: AuditActor,
  id: number | null,
): Promise<GeofenceReport> {
  return getPrisma().$transaction(
    async (tx) => {
      const plan = planGeofences(files, await loadGeofenceWorld(tx));
      const report = reportOf(plan);
      if (plan.problems.length > 0) return report;
      const counts = await writeGeofences(tx, plan, actor, {
        importId: id,
        areasFile: files.areasFile ?? null,
        hotspotsFile: files.hotspotsFile ?? null,
      });
      if (id !== null)
        await tx.geofenceImport.update({
          where: { id, status: "CHECKED" },
          data: {
            status: "IMPORTED",
            finishedAt: new Date(),
            report: { ...report, counts } as unknown as Prisma.InputJsonValue,
          },
        });
      return { ...report, counts };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
