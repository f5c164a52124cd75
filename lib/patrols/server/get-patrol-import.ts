import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { PatrolCheck, PatrolProblem } from "@/lib/patrols/check-patrol-file";
import type { PatrolImportView } from "@/lib/patrols/types";

/** One patrol import run with its counts and problems (the dry run's or the import's); null if none. */
export async function getPatrolImport({
  actor,
  runId,
}: {
  actor: Actor;
  runId: number;
}): Promise<PatrolImportView | null> {
  await requirePermission(actor, "patrols.record", { entity: { type: "import-run", id: runId } });
  const run = await getPrisma().importRun.findFirst({
    where: { id: runId, kind: "patrols" },
    select: { id: true, status: true, offencesFile: true, counts: true, errors: true, createdAt: true },
  });
  if (!run) return null;
  return {
    id: run.id,
    status: run.status,
    fileName: run.offencesFile,
    counts: run.counts as unknown as PatrolCheck["counts"],
    problems: (Array.isArray(run.errors) ? run.errors : []) as unknown as PatrolProblem[],
  };
}
