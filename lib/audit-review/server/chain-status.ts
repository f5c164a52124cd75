import "server-only";
import type { AuditChainStatus } from "@/lib/audit/audit-views";
import type { AuditChainReport } from "@/lib/audit/server/verify-audit-chain";

/** A verification's report as the admin pages show it, checked now (the sequence number as text). */
export function chainStatus(report: AuditChainReport): AuditChainStatus {
  const checkedAt = new Date();
  return report.ok
    ? { state: "ok", events: report.events, checkedAt }
    : {
        state: "broken",
        events: report.events,
        checkedAt,
        brokenAtSeq: report.brokenAtSeq.toString(),
        reason: report.reason,
      };
}
