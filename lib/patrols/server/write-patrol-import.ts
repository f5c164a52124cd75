import "server-only";
import type { AuditActor } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbDateOf, todayInUk } from "@/lib/dates/day";
import { AppError } from "@/lib/errors";
import type { PatrolCheck } from "@/lib/patrols/check-patrol-file";
import { checkPatrolBytes } from "@/lib/patrols/server/check-patrol-bytes";

// Patrol imports serialise on this lock (distinct from the RMS import's 7_007_001).
const PATROL_IMPORT_LOCK = 7_007_017;

/**
 * Imports a checked patrol run in ONE transaction: the kept file is checked again inside it against
 * the database as it is now, and any problem writes nothing (the run shows the problems). All or
 * nothing: the dosage rows, the run's status and the audit row commit together.
 */
export async function writePatrolImport({
  runId,
  actor,
}: {
  runId: number;
  actor: AuditActor;
}): Promise<{ written: boolean; check: PatrolCheck }> {
  return getPrisma().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PATROL_IMPORT_LOCK}::bigint)`;
      // A second click, or a run already imported: never write twice.
      const claimed = await tx.importRun.updateMany({
        where: { id: runId, kind: "patrols", status: "VALIDATED" },
        data: { status: "IMPORTING" },
      });
      if (claimed.count === 0)
        throw new AppError("CONFLICT", { message: "This import has already been imported or refused." });
      const file = await tx.importFile.findUniqueOrThrow({
        where: { runId_kind: { runId, kind: "patrols" } },
        select: { bytes: true },
      });
      const check = await checkPatrolBytes(tx, file.bytes, todayInUk());
      const written = check.problems.length === 0;
      if (written) {
        await tx.patrolDosage.createMany({
          data: check.rows.map((r) => ({
            hotspotId: r.hotspotId,
            day: dbDateOf(r.day),
            patrolType: r.patrolType,
            minutes: r.minutes,
            importRunId: runId,
          })),
        });
        await writeAudit(tx, {
          event: "patrols.imported",
          actor,
          entity: { type: "import-run", id: runId },
          after: { rows: check.counts.new, unchanged: check.counts.unchanged, minutes: check.counts.minutes },
        });
      }
      await tx.importRun.update({
        where: { id: runId },
        data: {
          status: written ? "COMPLETED" : "FAILED",
          finishedAt: new Date(),
          rowsDone: written ? check.counts.new : 0,
          counts: check.counts as unknown as Prisma.InputJsonValue,
          errors: check.problems.map((p) => ({ file: "patrols", ...p })) as unknown as Prisma.InputJsonValue,
        },
      });
      return { written, check };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
