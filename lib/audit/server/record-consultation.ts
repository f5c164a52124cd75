import "server-only";
import { AppError } from "@/lib/errors";
import { auditActorOf, type AuditEntity, type EventsIn, type SignedInForAudit } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { getPrisma } from "@/lib/db/server/prisma";

/**
 * Logs that the actor opened a record (s.62 consultation): who, when, what, and why. Call it from
 * the data function that loads the record for display, after the access checks pass. The
 * justification is required — inside a meeting it is the meeting ("Captiva Guardian, 12 March
 * 2025"); elsewhere it is the reason the user gave (get-access-reason / save-access-reason).
 */
export async function recordConsultation(options: {
  actor: SignedInForAudit;
  event: EventsIn<"CONSULTATION">;
  entity: AuditEntity;
  justification: string;
}): Promise<void> {
  const justification = options.justification.trim();
  if (!justification) throw new AppError("REASON_REQUIRED");
  await writeAudit(getPrisma(), {
    event: options.event,
    actor: auditActorOf(options.actor),
    entity: options.entity,
    justification,
  });
}
