import { defaultPaths, noFilters, readMigrationList, type MigrationPaths } from "./migrations-folder";
import { openSchemaEngine } from "./schema-engine";

/**
 * Applies every migration in prisma/migrations that the database has not had, recording each in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does. Safe to run on every start: when
 * nothing is pending it only reads that table. Ends its connections before returning.
 */
export async function deployMigrations(
  databaseUrl: string,
  paths: Partial<Pick<MigrationPaths, "migrationsDir">> = {},
): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationList(paths.migrationsDir ?? defaultPaths.migrationsDir);
  const { engine, close } = await openSchemaEngine({ databaseUrl });
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return { applied: appliedMigrationNames };
  } finally {
    await close();
  }
}
