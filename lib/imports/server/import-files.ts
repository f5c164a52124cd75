import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { getEnv } from "@/lib/env";
import type { ImportFileKind } from "@/lib/imports/columns";
import type { ImportSource } from "@/lib/imports/check-import-files";

// Where an uploaded extract waits between the dry run and the import: DATA_DIR/imports/<run id>/,
// beside the database's own files, so it is backed up and protected the same way.

/** The uploaded copy of a run's file. */
export function importFilePath(runId: number, kind: ImportFileKind): string {
  return path.resolve(getEnv().DATA_DIR, "imports", String(runId), `${kind}.csv`);
}

export async function saveImportFile(runId: number, kind: ImportFileKind, file: Blob): Promise<void> {
  const target = importFilePath(runId, kind);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  await writeFile(target, file.stream() as unknown as AsyncIterable<Uint8Array>, { mode: 0o600 });
}

/** The files of a run, opened afresh for each pass (a stream is read once). */
export type ImportOpener = () => { offences: ImportSource; persons: ImportSource | null };

/** Opens files on disk: an upload's saved copies, or the paths the nightly command was given. */
export async function fileOpener(offencesPath: string, personsPath: string | null): Promise<ImportOpener> {
  await stat(offencesPath);
  if (personsPath) await stat(personsPath);
  return () => ({
    offences: createReadStream(offencesPath, { highWaterMark: 256 * 1024 }),
    persons: personsPath ? createReadStream(personsPath, { highWaterMark: 256 * 1024 }) : null,
  });
}
