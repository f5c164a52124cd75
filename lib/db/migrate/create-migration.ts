import { defaultPaths, migrationFolderName, writeMigration, type MigrationPaths } from "./migrations-folder";
import { diffAgainstLatestSnapshot } from "./pending-schema-changes";

export type CreatedMigration =
  { created: true; folder: string; dir: string; sql: string } | { created: false };

/**
 * Writes prisma/migrations/<timestamp>_<name>/ with the SQL from the latest snapshot to the current
 * schema, and the current schema as the new snapshot. Nothing is written when nothing changed.
 */
export async function createMigration(
  name: string,
  paths: Partial<MigrationPaths> = {},
): Promise<CreatedMigration> {
  if (!/^[a-z0-9]+(_[a-z0-9]+)*$/.test(name)) {
    throw new Error(
      `Migration name "${name}" must be lower-case words joined by underscores, e.g. add_offence_notes.`,
    );
  }
  const resolved = { ...defaultPaths, ...paths };
  const { sql, schema } = await diffAgainstLatestSnapshot(resolved);
  if (sql === "") return { created: false };
  const folder = migrationFolderName(name);
  const dir = await writeMigration(resolved.migrationsDir, folder, { script: sql, snapshot: schema });
  return { created: true, folder, dir, sql };
}
