import { readFile } from "node:fs/promises";
import {
  asSchemas,
  defaultPaths,
  noFilters,
  readLatestSnapshot,
  type MigrationPaths,
} from "./migrations-folder";
import { openSchemaEngine } from "./schema-engine";

export type SchemaDiff = {
  /** The SQL that takes the latest snapshot to the current schema; "" when nothing is missing. */
  sql: string;
  /** The current prisma/schema.prisma text the diff was made against. */
  schema: string;
};

/** The SQL the current schema needs beyond what the migrations already create ("" when covered). */
export async function pendingSchemaChanges(paths: Partial<MigrationPaths> = {}): Promise<string> {
  return (await diffAgainstLatestSnapshot(paths)).sql;
}

/** Datamodel-to-datamodel diff; needs no database (the engine is opened offline). */
export async function diffAgainstLatestSnapshot(paths: Partial<MigrationPaths> = {}): Promise<SchemaDiff> {
  const { migrationsDir, schemaPath } = { ...defaultPaths, ...paths };
  const schema = await readFile(schemaPath, "utf8");
  const snapshot = await readLatestSnapshot(migrationsDir);
  const { engine, close } = await openSchemaEngine();
  try {
    const result = await engine.diff({
      from: snapshot ? { tag: "schemaDatamodel", ...asSchemas(snapshot.content) } : { tag: "empty" },
      to: { tag: "schemaDatamodel", ...asSchemas(schema) },
      script: true,
      exitCode: true, // 0: no difference, 2: the script has steps
      filters: noFilters,
    });
    return { sql: result.exitCode === 0 ? "" : (result.stdout ?? ""), schema };
  } finally {
    await close();
  }
}
