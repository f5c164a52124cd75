import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/server/prisma";
import { auditActorOf, type AuditEventInput, type SignedInForAudit } from "@/lib/audit/events";
import { toAuditRow } from "@/lib/audit/audit-row";

/** The transaction client of the change being recorded (or the client itself for a standalone event). */
export type AuditWriter = Pick<Tx, "auditEvent">;

/**
 * Appends one s.62 audit row. Call it with the transaction client of the change it records, so the
 * change and its audit row commit or roll back together — never after the fact, never in the
 * background. Events that record no change (a consultation, a refusal, a failed sign-in) pass the
 * Prisma client itself. The insert takes no lock: the row is stamped with its transaction and
 * chained (seq, prevHash, hash) by the sealer once that transaction has ended (audit_seal(), run
 * by lib/jobs every few seconds; ARCHITECTURE.md "The audit log").
 */
export async function writeAudit(tx: AuditWriter, input: AuditEventInput): Promise<void> {
  const row = toAuditRow(input);
  await tx.auditEvent.create({
    data: { ...row, changes: (row.changes ?? undefined) as Prisma.InputJsonValue | undefined },
    select: { id: true },
  });
}

/** An audit event's fields but its actor (distributed over the union, so each category keeps its own). */
export type AuditEventBy = AuditEventInput extends infer E
  ? E extends unknown
    ? Omit<E, "actor">
    : never
  : never;

/**
 * writeAudit for a change a signed-in user makes (almost every data function): the row names them
 * as `auditActorOf` does, so the callers pass their actor rather than converting it each time.
 */
export async function writeAuditBy(
  tx: AuditWriter,
  actor: SignedInForAudit,
  input: AuditEventBy,
): Promise<void> {
  await writeAudit(tx, { ...input, actor: auditActorOf(actor) });
}
