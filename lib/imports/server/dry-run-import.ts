import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkImportFiles, type CheckedImport } from "@/lib/imports/check-import-files";
import type { ImportProblem } from "@/lib/imports/columns";
import { withSql, type Sql } from "@/lib/imports/server/bulk-sql";
import { failImportRun } from "@/lib/imports/server/fail-import-run";
import type { ImportOpener } from "@/lib/imports/server/import-files";
import { loadImportReference } from "@/lib/imports/server/load-import-reference";
import { countsOf, planImport, type ImportCounts, type ImportPlan } from "@/lib/imports/server/plan-import";

/** The most problems a run keeps to show; the count of all of them is in counts.problems. */
export const MAX_STORED_PROBLEMS = 20_000;

/** Reads, checks and plans the files (no writes but the run's own progress). */
export async function checkAndPlan(
  sql: Sql,
  open: ImportOpener,
  runId: number,
): Promise<{ checked: CheckedImport; plan: ImportPlan; counts: ImportCounts }> {
  const files = open();
  const checked = await checkImportFiles({
    ...files,
    reference: await loadImportReference(),
    onProgress: async (rowsDone) =>
      void (await getPrisma().importRun.update({ where: { id: runId }, data: { rowsDone } })),
  });
  const plan = await planImport(sql, checked);
  checked.problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file === "offences" ? -1 : 1));
  return { checked, plan, counts: countsOf(plan, checked) };
}

export function storedProblems(problems: readonly ImportProblem[]): Prisma.InputJsonValue {
  return problems.slice(0, MAX_STORED_PROBLEMS) as unknown as Prisma.InputJsonValue;
}

/**
 * The dry run of an import run: counts of new, changed and unchanged records and every problem
 * with its line, column and reason, stored on the ImportRun (status VALIDATED, or FAILED when the
 * files could not be read at all). Nothing else is written.
 */
export async function dryRunImport({
  runId,
  open,
}: {
  runId: number;
  open: ImportOpener;
}): Promise<ImportCounts | null> {
  const prisma = getPrisma();
  try {
    const { checked, counts } = await withSql((sql) => checkAndPlan(sql, open, runId));
    await prisma.importRun.update({
      where: { id: runId },
      data: {
        status: "VALIDATED",
        rowsTotal: checked.rowsTotal,
        rowsDone: 0,
        counts: counts as unknown as Prisma.InputJsonValue,
        errors: storedProblems(checked.problems),
      },
    });
    return counts;
  } catch (error) {
    console.error(`[import ${runId}] dry run failed:`, error);
    await failImportRun(
      runId,
      "The files could not be checked. Try again, and if it keeps happening tell the service desk.",
    );
    return null;
  }
}
