import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { getPrisma } from "@/lib/db/server/prisma";
import { AppError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES } from "@/lib/imports/limits";
import { dryRunImport } from "@/lib/imports/server/dry-run-import";
import { saveImportFile, storedImportOpener } from "@/lib/imports/server/import-files";

/**
 * Receives an analyst's upload: records an ImportRun, keeps the files in the database and
 * starts the dry run, which carries on after the response (the run page polls its progress).
 * `checked` settles when the dry run ends, for callers that wait (tests).
 */
export async function uploadImport({
  actor,
  offences,
  persons,
}: {
  actor: Actor;
  offences: File;
  persons: File | null;
}): Promise<{ runId: number; checked: Promise<unknown> }> {
  await requirePermission(actor, "imports.run", { entity: { type: "import-run", id: "new" } });
  if (offences.size + (persons?.size ?? 0) > MAX_UPLOAD_BYTES)
    throw new AppError("VALIDATION", { fieldErrors: { offences: ["too-large"] } });
  if (offences.size === 0) throw new AppError("VALIDATION", { fieldErrors: { offences: ["empty"] } });
  const prisma = getPrisma();
  const run = await prisma.importRun.create({
    data: {
      startedById: actor.id,
      offencesFile: offences.name.slice(0, 200) || "offences.csv",
      personsFile: persons ? persons.name.slice(0, 200) || "persons.csv" : null,
    },
  });
  await saveImportFile(run.id, "offences", offences);
  if (persons) await saveImportFile(run.id, "persons", persons);
  const open = (await storedImportOpener(run.id))!;
  return { runId: run.id, checked: dryRunImport({ runId: run.id, open }) };
}
