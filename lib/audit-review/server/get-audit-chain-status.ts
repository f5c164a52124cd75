import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { verifyAuditChain } from "@/lib/audit/server/verify-audit-chain";
import { chainStatus } from "@/lib/audit-review/server/chain-status";
import { prismaQuery, sealAuditLog } from "@/lib/audit/server/seal-audit-log";
import type { AuditChainStatus } from "@/lib/audit/audit-views";

/**
 * Verifying the chain reads and hashes every row: about a second per hundred thousand. The admin
 * home runs it on each visit only while the log is below this size; past it, the check waits for
 * the "Check the audit chain" button (check-audit-chain).
 */
export const AUTO_VERIFY_LIMIT = 20_000;

export async function getAuditChainStatus({ actor }: { actor: Actor }): Promise<AuditChainStatus> {
  await requirePermission(actor, "audit.read");
  const prisma = getPrisma();
  // Seal what has settled first (the scheduler does so every 2 s): the check shows the log as it is now.
  await sealAuditLog(prismaQuery(prisma));
  // Sealed seq is gap-free from 1 (audit_seal), so the highest is the count of sealed events, read from its index.
  const { _max } = await prisma.auditEvent.aggregate({ _max: { seq: true } });
  const events = Number(_max.seq ?? 0n);
  if (events > AUTO_VERIFY_LIMIT) return { state: "unchecked", events };

  const report = await verifyAuditChain({ db: prisma });
  return chainStatus(report);
}
