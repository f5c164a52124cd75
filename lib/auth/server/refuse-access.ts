import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, type AuditEntity } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";
import { requestPathDetail } from "@/lib/auth/server/get-request-address";

/**
 * For row rules a permission cannot express ("not your investigation", "not your provider's
 * referral"): audits the refusal and throws. Answer NOT_FOUND when saying "forbidden" would confirm
 * that a record the actor may not know about exists; FORBIDDEN when they can already see it.
 */
export async function refuseAccess(options: {
  actor: Actor;
  entity: AuditEntity;
  reason: string;
  code?: "FORBIDDEN" | "NOT_FOUND";
}): Promise<never> {
  const code = options.code ?? "FORBIDDEN";
  await writeAudit(getPrisma(), {
    event: "access.refused",
    actor: auditActorOf(options.actor),
    entity: options.entity,
    detail: { reason: options.reason, answered: code, ...(await requestPathDetail()) },
  });
  throw new AppError(code, { detail: { reason: options.reason } });
}
