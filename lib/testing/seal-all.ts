import { prismaQuery, sealAuditLog } from "@/lib/audit/server/seal-audit-log";
import type { Db } from "@/lib/db/server/prisma";

/**
 * Seals the audit log until no row is left unsealed. The sealing horizon is cluster-wide: a
 * transaction open in another test file's database holds it back for a moment (never makes it
 * wrong), so this waits rather than sealing once.
 */
export async function sealAll(db: Db): Promise<void> {
  for (let i = 0; i < 600; i++) {
    await sealAuditLog(prismaQuery(db));
    if ((await db.auditEvent.count({ where: { seq: null } })) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("audit rows stayed unsealed for a minute");
}
