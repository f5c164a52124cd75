import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createMigration } from "./create-migration";
import { pendingSchemaChanges } from "./pending-schema-changes";

const datasource = 'datasource db {\n  provider = "postgresql"\n}\n';

const workspaces: string[] = [];
afterAll(() => workspaces.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workspace(schema: string) {
  const dir = mkdtempSync(join(tmpdir(), "captiva-migrate-"));
  workspaces.push(dir);
  const paths = { migrationsDir: join(dir, "migrations"), schemaPath: join(dir, "schema.prisma") };
  writeFileSync(paths.schemaPath, schema);
  return paths;
}

describe("createMigration", () => {
  it("writes the first migration from empty, with a snapshot and the CLI's lock file", async () => {
    const paths = workspace(`${datasource}model Thing {\n  id Int @id\n}\n`);
    const result = await createMigration("first", paths);
    expect(result.created).toBe(true);
    if (!result.created) return;
    expect(result.folder).toMatch(/^\d{14}_first$/);
    expect(readFileSync(join(result.dir, "migration.sql"), "utf8")).toContain('CREATE TABLE "Thing"');
    expect(readFileSync(join(result.dir, "schema.prisma"), "utf8")).toBe(
      readFileSync(paths.schemaPath, "utf8"),
    );
    expect(readFileSync(join(paths.migrationsDir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
  }, 30_000);

  it("writes only the difference from the latest snapshot, and nothing when nothing changed", async () => {
    const paths = workspace(`${datasource}model Thing {\n  id Int @id\n}\n`);
    await createMigration("first", paths);
    expect(await createMigration("again", paths)).toEqual({ created: false });
    expect(await pendingSchemaChanges(paths)).toBe("");

    writeFileSync(paths.schemaPath, `${datasource}model Thing {\n  id   Int    @id\n  name String?\n}\n`);
    expect(await pendingSchemaChanges(paths)).toContain('ADD COLUMN     "name" TEXT');
    // Folder names are to the second: wait for the next one so the two sort in order.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const second = await createMigration("add_name", paths);
    expect(second.created && second.sql).not.toContain("CREATE TABLE");
    expect(readdirSync(paths.migrationsDir).filter((name) => /^\d{14}_/.test(name))).toHaveLength(2);
    expect(await pendingSchemaChanges(paths)).toBe("");
  }, 30_000);

  it("refuses names that would make awkward folder names", async () => {
    await expect(createMigration("Add Column", workspace(datasource))).rejects.toThrow(/lower-case words/);
  });
});
