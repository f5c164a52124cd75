import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { writeAuditBy } from "@/lib/audit/server/write-audit";
import { verifyAuditChain } from "@/lib/audit/server/verify-audit-chain";
import { chainStatus } from "@/lib/audit-review/server/chain-status";
import { prismaQuery, sealAuditLog } from "@/lib/audit/server/seal-audit-log";
import type { AuditChainStatus } from "@/lib/audit/audit-views";

/** The admin's "Check the audit chain": verifies the whole log, whatever its size, and logs the result. */
export async function checkAuditChain({ actor }: { actor: Actor }): Promise<AuditChainStatus> {
  await requirePermission(actor, "audit.read");
  const prisma = getPrisma();
  // Seal what has settled first (the scheduler does so every 2 s): the check shows the log as it is now.
  await sealAuditLog(prismaQuery(prisma));
  const report = await verifyAuditChain({ db: prisma });
  await writeAuditBy(prisma, actor, {
    event: "audit.chain-verified",
    entity: { type: "audit-log", id: "chain" },
    detail: report.ok
      ? { ok: true, events: report.events }
      : { ok: false, events: report.events, brokenAtSeq: report.brokenAtSeq, reason: report.reason },
  });
  return chainStatus(report);
}
