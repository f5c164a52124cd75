import "server-only";
import { getPrisma } from "@/lib/db/server/prisma";
import type { AuditEventInput } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";

/**
 * Appends an audit row that records no change (a refusal, a rejected session): there is no
 * transaction to join, so it is written on its own. Code outside the data layer (the action
 * wrapper, route handlers) calls this instead of reaching for the Prisma client.
 */
export async function writeStandaloneAudit(input: AuditEventInput): Promise<void> {
  await writeAudit(getPrisma(), input);
}
