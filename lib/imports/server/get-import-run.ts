import "server-only";
import { requireImportRun, type ImportRunOptions } from "@/lib/imports/server/import-run-access";
import { getPrisma } from "@/lib/db/server/prisma";
import { pageWindow } from "@/lib/pagination";
import type { ImportProblem } from "@/lib/imports/columns";
import { toImportRunSummary } from "@/lib/imports/server/list-import-runs";
import type { ImportRunDetail } from "@/lib/imports/import-run-dto";

export const PROBLEMS_PAGE_SIZE = 50;

/** One run with a page of its problems (line, column, reason), or null when there is no such run. */
export async function getImportRun({
  actor,
  runId,
  page,
}: ImportRunOptions & { page: number }): Promise<ImportRunDetail | null> {
  await requireImportRun(actor, runId);
  const run = await getPrisma().importRun.findUnique({
    where: { id: runId, kind: "rms" },
    include: { startedBy: { select: { name: true } } },
  });
  if (!run) return null;
  const problems = (Array.isArray(run.errors) ? run.errors : []) as unknown as ImportProblem[];
  const window = pageWindow(page, problems.length, PROBLEMS_PAGE_SIZE);
  return {
    ...toImportRunSummary(run),
    problems: problems.slice(window.skip, window.skip + PROBLEMS_PAGE_SIZE),
    problemsTotal: problems.length,
    page: window.page,
    totalPages: window.totalPages,
  };
}
