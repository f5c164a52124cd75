import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ImportRunSummary } from "@/lib/imports/import-run-dto";

type RunRow = {
  id: number;
  status: ImportRunSummary["status"];
  offencesFile: string;
  personsFile: string | null;
  startedBy: { name: string } | null;
  createdAt: Date;
  finishedAt: Date | null;
  rowsTotal: number;
  rowsDone: number;
  counts: unknown;
};

export function toImportRunSummary(run: RunRow): ImportRunSummary {
  const counts = run.counts as ImportRunSummary["counts"];
  return {
    id: run.id,
    status: run.status,
    offencesFile: run.offencesFile,
    personsFile: run.personsFile,
    // Runs of the nightly command have no user: they are the system's.
    startedBy: run.startedBy?.name ?? null,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
    rowsTotal: run.rowsTotal,
    rowsDone: run.rowsDone,
    counts: counts && typeof counts === "object" && "offences" in counts ? counts : null,
  };
}

/** The latest imports, newest first: uploads and nightly runs alike. */
export async function listImportRuns({
  actor,
  take = 20,
}: {
  actor: Actor;
  take?: number;
}): Promise<ImportRunSummary[]> {
  await requirePermission(actor, "imports.run");
  const runs = await getPrisma().importRun.findMany({
    // Patrol extracts (issue 17) have their own page: /imports/patrols.
    where: { kind: "rms" },
    orderBy: { id: "desc" },
    take,
    select: {
      id: true,
      status: true,
      offencesFile: true,
      personsFile: true,
      startedBy: { select: { name: true } },
      createdAt: true,
      finishedAt: true,
      rowsTotal: true,
      rowsDone: true,
      counts: true,
    },
  });
  return runs.map(toImportRunSummary);
}
