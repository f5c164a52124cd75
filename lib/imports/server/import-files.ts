import "server-only";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { Readable } from "node:stream";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ImportFileKind } from "@/lib/imports/columns";
import type { ImportSource } from "@/lib/imports/check-import-files";

// Where an uploaded extract waits between the dry run and the import: the ImportFile table, not
// the instance's disk (issue 15), so with several instances behind a balancer the upload, the
// import and the rejected-rows download may each land on a different one. The nightly command
// still reads the files it is given from disk (fileOpener).

export async function saveImportFile(
  runId: number,
  kind: ImportFileKind | "patrols",
  file: Blob,
): Promise<void> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  await getPrisma().importFile.create({ data: { runId, kind, bytes } });
}

/** The files of a run, opened afresh for each pass (a stream is read once). */
export type ImportOpener = () => { offences: ImportSource; persons: ImportSource | null };

/** The stored upload of a run, or null when it has none of that file. */
export async function storedImportOpener(
  runId: number,
  kinds: ImportFileKind[] = ["offences", "persons"],
): Promise<ImportOpener | null> {
  const files = await getPrisma().importFile.findMany({
    where: { runId, kind: { in: kinds } },
    select: { kind: true, bytes: true },
  });
  const first = files.find((f) => f.kind === kinds[0]);
  if (!first) return null;
  const second = kinds.length > 1 ? files.find((f) => f.kind === kinds[1]) : undefined;
  // 256 KB chunks, as the disk streams read: the CSV reader never sees a 50 MB string at once.
  const chunks = (bytes: Uint8Array) => Readable.from(chunked(bytes, 256 * 1024));
  return () => ({ offences: chunks(first.bytes), persons: second ? chunks(second.bytes) : null });
}

function* chunked(bytes: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += size) yield bytes.subarray(at, at + size);
}

/** Opens files on disk: the paths the nightly command was given. */
export async function fileOpener(offencesPath: string, personsPath: string | null): Promise<ImportOpener> {
  await stat(offencesPath);
  if (personsPath) await stat(personsPath);
  return () => ({
    offences: createReadStream(offencesPath, { highWaterMark: 256 * 1024 }),
    persons: personsPath ? createReadStream(personsPath, { highWaterMark: 256 * 1024 }) : null,
  });
}
