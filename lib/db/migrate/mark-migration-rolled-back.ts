import { openSchemaEngine } from "./schema-engine";

/**
 * `prisma migrate resolve --rolled-back <name>` without the native CLI. A failed migration blocks
 * every later deploy; on PostgreSQL a migration runs as one transaction, so a failed one left
 * nothing behind and marking it rolled back is safe once its SQL is fixed.
 */
export async function markMigrationRolledBack(databaseUrl: string, migrationName: string): Promise<void> {
  const { engine, close } = await openSchemaEngine({ databaseUrl });
  try {
    await engine.markMigrationRolledBack({ migrationName });
  } finally {
    await close();
  }
}
