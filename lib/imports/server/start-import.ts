import "server-only";
import { requireImportRun, type ImportRunOptions } from "@/lib/imports/server/import-run-access";
import { auditActorOf } from "@/lib/audit/events";
import { getPrisma } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import { storedImportOpener } from "@/lib/imports/server/import-files";
import { writeImport, type ImportMode } from "@/lib/imports/server/write-import";
import type { ImportCounts } from "@/lib/imports/server/plan-import";

/**
 * Starts writing a checked upload, in the background (the run page shows progress). "all" only
 * when the dry run found no problem; "valid" writes the valid rows and leaves the rejected ones
 * for download. `written` settles when the import ends, for callers that wait (tests).
 */
export async function startImport({
  actor,
  runId,
  mode,
}: ImportRunOptions & { mode: ImportMode }): Promise<{ written: Promise<unknown> }> {
  await requireImportRun(actor, runId);
  const run = await getPrisma().importRun.findUnique({ where: { id: runId } });
  if (!run) throw new AppError("NOT_FOUND");
  if (run.status !== "VALIDATED")
    throw new AppError("CONFLICT", { message: "This import has already started or finished." });
  const counts = run.counts as unknown as ImportCounts;
  if (counts.unreadable.length > 0) {
    throw new AppError("VALIDATION", {
      message: `The ${counts.unreadable.join(" and ")} file could not be read: fix it and upload the files again.`,
    });
  }
  if (mode === "all" && counts.problems > 0) {
    throw new AppError("VALIDATION", {
      message: "Some rows have problems: fix them and upload the files again, or import the valid rows only.",
    });
  }
  const open = await storedImportOpener(runId);
  if (!open) throw new AppError("NOT_FOUND");
  const written = writeImport({ runId, mode, actor: auditActorOf(actor), open }).catch((error: unknown) => {
    if (!(error instanceof AppError)) console.error(`[import ${runId}]`, error);
  });
  return { written };
}
