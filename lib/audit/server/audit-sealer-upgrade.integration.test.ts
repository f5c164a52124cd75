import { afterAll, describe, expect, inject, it } from "vitest";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { createDatabase, dropDatabase } from "@/lib/testing/database-server";
import { deployMigrations } from "@/lib/db/migrate/deploy-migrations";
import { defaultPaths } from "@/lib/db/migrate/migrations-folder";
import { createPrismaClient } from "@/lib/db/server/prisma";
import { sealAll } from "@/lib/testing/seal-all";
import { verifyAuditChain } from "./verify-audit-chain";

// A database chained by the old trigger (one lock, chained at insert) upgraded to the sealer: the
// old rows keep their seq and hashes, and new rows continue the same chain.

const adminUrl = inject("testDbAdminUrl");
const name = `${inject("testDbPrefix")}_upgrade_${randomBytes(4).toString("hex")}`;
const folder = mkdtempSync(join(tmpdir(), "captiva-migrations-"));

afterAll(async () => {
  await dropDatabase(adminUrl, name);
  rmSync(folder, { recursive: true, force: true });
});

describe("upgrading to the sealer", () => {
  it("keeps the old chain and continues it", async () => {
    const all = readdirSync(defaultPaths.migrationsDir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    const sealer = all.findIndex((n) => n.endsWith("_audit_sealer"));
    for (const migration of all.slice(0, sealer))
      cpSync(join(defaultPaths.migrationsDir, migration), join(folder, migration), { recursive: true });
    cpSync(join(defaultPaths.migrationsDir, "migration_lock.toml"), join(folder, "migration_lock.toml"));

    const url = await createDatabase(adminUrl, name);
    await deployMigrations(url, { migrationsDir: folder });
    const db = createPrismaClient(url, 2);
    try {
      const insert = (n: number) =>
        db.$executeRawUnsafe(
          `insert into "AuditEvent" (category, event, "entityId") values ('ALTERATION', 'offence.updated', '${n}')`,
        );
      for (const n of [1, 2, 3]) await insert(n);
      const before = await db.$queryRawUnsafe<{ seq: bigint; hash: string }[]>(
        `select seq, hash from "AuditEvent" order by seq`,
      );
      expect(before.map((row) => row.seq)).toEqual([1n, 2n, 3n]);

      await deployMigrations(url);
      for (const n of [4, 5]) await insert(n);
      await sealAll(db);
      const after = await db.auditEvent.findMany({
        orderBy: { seq: "asc" },
        select: { seq: true, hash: true, prevHash: true, entityId: true },
      });
      expect(after.slice(0, 3).map((row) => ({ seq: row.seq, hash: row.hash }))).toEqual(before);
      expect(after.map((row) => [row.seq, row.entityId])).toEqual([
        [1n, "1"],
        [2n, "2"],
        [3n, "3"],
        [4n, "4"],
        [5n, "5"],
      ]);
      expect(after[3]!.prevHash).toBe(before[2]!.hash);
      expect(await verifyAuditChain({ db })).toMatchObject({ ok: true, events: 5 });
    } finally {
      await db.$disconnect();
    }
  });
});
