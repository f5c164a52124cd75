import "server-only";
import { placeImportedOffences } from "@/lib/geo/server/place-offences";
import { AppError } from "@/lib/errors";
import type { AuditActor } from "@/lib/audit/events";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applyImport } from "@/lib/imports/server/apply-import";
import { insertAuditRows, withSql } from "@/lib/imports/server/bulk-sql";
import { checkAndPlan, storedProblems } from "@/lib/imports/server/dry-run-import";
import { failImportRun } from "@/lib/imports/server/fail-import-run";
import type { ImportOpener } from "@/lib/imports/server/import-files";
import type { ImportCounts } from "@/lib/imports/server/plan-import";

export type ImportMode = "all" | "valid";
export type ImportResult = ImportCounts & { mode: ImportMode; written: boolean };

// Imports serialise on this lock (any constant distinct from the audit chain's 20220921).
const IMPORT_LOCK = 7_007_001;

/**
 * Writes a checked run in ONE transaction, so nothing is ever half-imported: the files are read,
 * checked and planned again inside it (the database may have changed since the dry run), then
 * applied. Mode "all" writes nothing if any row is invalid; mode "valid" writes the valid rows and
 * leaves the rejected ones for download. Progress goes to ImportRun over another connection, so
 * the progress page sees it while the transaction is open.
 */
export async function writeImport({
  runId,
  mode,
  actor,
  open,
}: {
  runId: number;
  mode: ImportMode;
  actor: AuditActor;
  open: ImportOpener;
}): Promise<ImportResult> {
  const prisma = getPrisma();
  const claimed = await prisma.importRun.updateMany({
    where: { id: runId, status: "VALIDATED" },
    data: { status: "IMPORTING", rowsDone: 0 },
  });
  // A second click, or a run already imported: never write twice.
  if (claimed.count === 0)
    throw new AppError("CONFLICT", { message: "This import has already started or finished." });

  let lastSaved = 0;
  try {
    const result = await withSql(async (sql) => {
      await sql.query("BEGIN");
      try {
        await sql.query("SELECT pg_advisory_xact_lock($1)", [IMPORT_LOCK]);
        const { checked, plan, counts } = await checkAndPlan(sql, open, runId);
        const result: ImportResult = { ...counts, mode, written: false };
        if ((mode === "all" && checked.problems.length > 0) || checked.unreadable.length > 0) {
          await sql.query("ROLLBACK");
          return { result, problems: checked.problems, rowsTotal: 0 };
        }
        const rowsTotal = checked.offences.length + checked.persons.length;
        await prisma.importRun.update({ where: { id: runId }, data: { rowsTotal, rowsDone: 0 } });
        let done = 0;
        await applyImport({
          sql,
          runId,
          plan,
          checked,
          actor,
          onProgress: async (rows) => {
            done += rows;
            if (done - lastSaved >= 2_000 || done >= rowsTotal) {
              lastSaved = done;
              await prisma.importRun.update({
                where: { id: runId },
                data: { rowsDone: Math.min(done, rowsTotal) },
              });
            }
          },
        });
        // Issue 17: the file's hotspot code is kept as the RMS's; the point decides the hotspot.
        await placeImportedOffences(
          sql,
          checked.offences.map((o) => o.crimeReference),
          checked.offenceColumns.has("hotspot"),
        );
        result.written = true;
        await insertAuditRows(sql, [
          {
            event: "import.completed",
            actor,
            entity: { type: "import-run", id: runId },
            after: { mode, ...counts },
          },
        ]);
        await sql.query("COMMIT");
        return { result, problems: checked.problems, rowsTotal };
      } catch (error) {
        await sql.query("ROLLBACK").catch(() => undefined);
        throw error;
      }
    });
    await prisma.importRun.update({
      where: { id: runId },
      data: {
        status: result.result.written ? "COMPLETED" : "FAILED",
        counts: result.result as unknown as Prisma.InputJsonValue,
        errors: storedProblems(result.problems),
        finishedAt: new Date(),
        ...(result.result.written ? { rowsTotal: result.rowsTotal, rowsDone: result.rowsTotal } : {}),
      },
    });
    return result.result;
  } catch (error) {
    console.error(`[import ${runId}] failed, nothing written:`, error);
    await failImportRun(
      runId,
      "The import failed and nothing was written. Try again, and if it keeps happening tell the service desk.",
    );
    throw error;
  }
}
