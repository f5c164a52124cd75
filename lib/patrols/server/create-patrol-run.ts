import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInUk } from "@/lib/dates/day";
import type { PatrolCheck } from "@/lib/patrols/check-patrol-file";
import { checkPatrolBytes } from "@/lib/patrols/server/check-patrol-bytes";

/**
 * The dry run of a geofencing extract, shared by the upload and `npm run import -- --patrols`: an
 * ImportRun of kind "patrols" with the file kept as its ImportFile (so the import writes exactly
 * what was checked, on any instance), the counts and every problem. Writes no dosage.
 */
export async function createPatrolRun({
  startedById,
  fileName,
  bytes,
}: {
  startedById: number | null;
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
}): Promise<{ runId: number; check: PatrolCheck }> {
  const prisma = getPrisma();
  const run = await prisma.importRun.create({
    data: { kind: "patrols", startedById, offencesFile: fileName.slice(0, 200) || "patrols.csv" },
    select: { id: true },
  });
  await prisma.importFile.create({ data: { runId: run.id, kind: "patrols", bytes } });
  const check = await checkPatrolBytes(prisma, bytes, todayInUk());
  await prisma.importRun.update({
    where: { id: run.id },
    data: {
      status: "VALIDATED",
      rowsTotal: check.counts.rows,
      counts: check.counts as unknown as Prisma.InputJsonValue,
      errors: check.problems.map((p) => ({ file: "patrols", ...p })) as unknown as Prisma.InputJsonValue,
    },
  });
  return { runId: run.id, check };
}
