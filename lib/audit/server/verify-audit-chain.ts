import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/server/prisma";

// Recomputes the audit log's hash chain (trigger "audit_chain", migration *_integrity) and reports
// the first row where it breaks. The hashing is done here, independently of the database's own
// functions; PostgreSQL only renders the non-text columns (timestamps with microseconds and jsonb's
// normalised text, which JavaScript cannot reproduce).

export type AuditChainReport =
  | { ok: true; events: number }
  | { ok: false; events: number; brokenAtSeq: bigint; reason: string };

type Row = {
  seq: bigint;
  prevHash: string;
  hash: string;
  occurredAt: string;
  actorId: string | null;
  actorLabel: string | null;
  category: string | null;
  event: string | null;
  entityType: string | null;
  entityId: string | null;
  justification: string | null;
  recipients: string | null;
  changes: string | null;
  source: string | null;
  address: string | null;
};

export async function verifyAuditChain({ db, batchSize = 2_000 }: { db: Db; batchSize?: number }): Promise<AuditChainReport> {
  let previous: { seq: bigint; hash: string } = { seq: 0n, hash: "" };
  let events = 0;
  for (;;) {
    const rows = await db.$queryRaw<Row[]>`
      select "seq", "prevHash", "hash",
             to_char("occurredAt" at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as "occurredAt",
             "actorId"::text as "actorId", "actorLabel", "category"::text as "category", "event",
             "entityType", "entityId", "justification", "recipients", "changes"::text as "changes",
             "source", "address"
        from "AuditEvent"
       where "seq" > ${previous.seq}
       order by "seq"
       limit ${batchSize}`;
    for (const row of rows) {
      const problem = checkLink(row, previous);
      if (problem) return { ok: false, events, brokenAtSeq: row.seq, reason: problem };
      previous = { seq: row.seq, hash: row.hash };
      events++;
    }
    if (rows.length < batchSize) return { ok: true, events };
  }
}

function checkLink(row: Row, previous: { seq: bigint; hash: string }): string | undefined {
  if (row.seq !== previous.seq + 1n) {
    return previous.seq === 0n
      ? `the log starts at seq ${row.seq} instead of 1: earlier events are missing`
      : `seq ${previous.seq + 1n} is missing after seq ${previous.seq}: an event was removed or renumbered`;
  }
  if (row.prevHash !== previous.hash) {
    return previous.seq === 0n
      ? "the first event does not start the chain (its prevHash is not empty)"
      : `its prevHash does not match the hash of seq ${previous.seq}: an event was removed, inserted or altered`;
  }
  if (auditEventHash(row) !== row.hash) {
    return "its hash does not match its contents: the event was altered after it was written";
  }
  return undefined;
}

/** sha256 of the canonical text, version 1; must match audit_event_canonical() in the migration. */
function auditEventHash(row: Omit<Row, "hash" | "seq"> & { seq: bigint | string }): string {
  const fields = [
    row.prevHash,
    String(row.seq),
    row.occurredAt,
    row.actorId,
    row.actorLabel,
    row.category,
    row.event,
    row.entityType,
    row.entityId,
    row.justification,
    row.recipients,
    row.changes,
    row.source,
    row.address,
  ];
  const canonical = "captiva-audit-v1" + fields.map((value) => `|${encodeField(value)}`).join("");
  return createHash("sha256").update(canonical, "utf8").digest("hex");
}

/** '-' for NULL, else '<UTF-8 byte length>:<text>', so no value can imitate a field boundary. */
const encodeField = (value: string | null) => (value === null ? "-" : `${Buffer.byteLength(value, "utf8")}:${value}`);
