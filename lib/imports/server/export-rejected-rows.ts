import "server-only";
import {
  importRunEntity,
  requireImportRun,
  type ImportRunOptions,
} from "@/lib/imports/server/import-run-access";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { csvHeader, csvRow, type CsvCell } from "@/lib/csv/csv";
import { getPrisma } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import { REJECTED_COLUMNS, type ImportFileKind, type ImportProblem } from "@/lib/imports/columns";
import { readCsvRecords } from "@/lib/imports/csv-reader";
import { storedImportOpener } from "@/lib/imports/server/import-files";

const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/**
 * The rejected rows of one file of a run, as a CSV: the file's own header and cells, then the line
 * and the reasons. Cells go through lib/csv (formula injection neutralised); a negative number such
 * as a longitude is written as a number, which needs no neutralising and imports again unchanged.
 * The file leaves the system, so it is audited as a disclosure to the analyst.
 */
export async function exportRejectedRows({
  actor,
  runId,
  kind,
}: ImportRunOptions & { kind: ImportFileKind }): Promise<ReadableStream<Uint8Array>> {
  await requireImportRun(actor, runId);
  const run = await getPrisma().importRun.findUnique({ where: { id: runId } });
  const open = run ? await storedImportOpener(runId, [kind]) : null;
  if (!run || !open) throw new AppError("NOT_FOUND");
  const reasons = new Map<number, string[]>();
  for (const p of (run.errors ?? []) as unknown as ImportProblem[]) {
    if (p.file === kind && p.line > 1)
      reasons.set(p.line, [...(reasons.get(p.line) ?? []), p.column ? `${p.column}: ${p.reason}` : p.reason]);
  }
  await writeAuditBy(getPrisma(), actor, {
    event: "export.downloaded",
    entity: importRunEntity(runId),
    justification: `Rejected rows of the ${kind} file of import ${runId}, for correction`,
    recipients: actor.name,
    detail: { kind, rows: reasons.size },
  });
  const encoder = new TextEncoder();
  const records = readCsvRecords(open().offences)[Symbol.asyncIterator]();
  let header = true;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        const next = await records.next();
        if (next.done) return controller.close();
        const cells: CsvCell[] = next.value.fields.map((f) => (NEGATIVE_NUMBER.test(f) ? Number(f) : f));
        if (header) {
          header = false;
          return controller.enqueue(encoder.encode(csvHeader([...next.value.fields, ...REJECTED_COLUMNS])));
        }
        const why = reasons.get(next.value.line);
        if (why)
          return controller.enqueue(encoder.encode(csvRow([...cells, next.value.line, why.join("; ")])));
      }
    },
  });
}
