import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/server/prisma";
import type { Checkpoint } from "@/lib/audit/anchor";

// Recomputes the audit log's hash chain (sealed by audit_seal(), migration *_audit_sealer) and
// reports the first row where it breaks, then holds the chain against the signed checkpoints kept
// outside the database (lib/audit/anchor.ts): a cut tail, an emptied table or a consistent
// rewrite of the chain up to a checkpoint is reported with the sequence numbers involved.
// The hashing is done here, independently of the database's own functions; PostgreSQL only
// renders the non-text columns (timestamps with microseconds and jsonb's normalised text, which
// JavaScript cannot reproduce). Rows not yet sealed are not part of the chain: they are counted
// as the sealing lag.

export type SealingLag = { unsealed: number; oldestAt: Date | null };
export type ChainHead = { seq: bigint; hash: string } | null;

export type AuditChainReport =
  | { ok: true; events: number; head: ChainHead; lag: SealingLag; checkpoints: number }
  | { ok: false; events: number; brokenAtSeq: bigint; reason: string; lag: SealingLag; checkpoints: number };

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

export async function verifyAuditChain({
  db,
  batchSize = 2_000,
  checkpoints = [],
}: {
  db: Db;
  batchSize?: number;
  checkpoints?: readonly Checkpoint[];
}): Promise<AuditChainReport> {
  const lag = await sealingLag(db);
  const anchored = new Map<bigint, string>();
  const wanted = new Set(checkpoints.map((c) => c.seq));
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
      if (problem)
        return {
          ok: false,
          events,
          brokenAtSeq: row.seq,
          reason: problem,
          lag,
          checkpoints: checkpoints.length,
        };
      previous = { seq: row.seq, hash: row.hash };
      if (wanted.has(row.seq)) anchored.set(row.seq, row.hash);
      events++;
    }
    if (rows.length < batchSize) break;
  }
  const head = previous.seq === 0n ? null : previous;
  const mismatch = compareWithCheckpoints(checkpoints, anchored, head);
  if (mismatch) return { ok: false, events, ...mismatch, lag, checkpoints: checkpoints.length };
  return { ok: true, events, head, lag, checkpoints: checkpoints.length };
}

/**
 * The earliest checkpoint the chain no longer matches. The chain up to a checkpoint is fixed by
 * that checkpoint's hash, so the first mismatch says where the evidence of tampering starts.
 */
function compareWithCheckpoints(
  checkpoints: readonly Checkpoint[],
  anchored: Map<bigint, string>,
  head: ChainHead,
): { brokenAtSeq: bigint; reason: string } | undefined {
  const last = head?.seq ?? 0n;
  let matched: Checkpoint | undefined;
  for (const checkpoint of [...checkpoints].sort((a, b) => (a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0))) {
    const at = checkpoint.at.toISOString();
    if (checkpoint.seq > last) {
      const what =
        last === 0n
          ? "the log holds no sealed events: it was emptied"
          : `the log ends at seq ${last}: its tail was cut`;
      return {
        brokenAtSeq: last + 1n,
        reason: `${what}; the checkpoint of ${at} recorded events up to seq ${checkpoint.seq}, so seq ${last + 1n} to ${checkpoint.seq} are missing`,
      };
    }
    const hash = anchored.get(checkpoint.seq);
    if (hash !== undefined && hash !== checkpoint.hash) {
      const after = matched
        ? `after seq ${matched.seq} (checkpoint of ${matched.at.toISOString()}, which still matches)`
        : "from seq 1";
      return {
        brokenAtSeq: checkpoint.seq,
        reason: `the chain was rewritten: seq ${checkpoint.seq} no longer has the hash the checkpoint of ${at} recorded; events ${after} up to seq ${checkpoint.seq} were altered, removed or inserted and the chain recomputed`,
      };
    }
    matched = checkpoint;
  }
  return undefined;
}

/** Rows the sealer has not chained yet, and how old the oldest is. */
async function sealingLag(db: Db): Promise<SealingLag> {
  const [row] = await db.$queryRaw<[{ unsealed: number; oldestAt: Date | null }]>`
    select count(*)::int as "unsealed", min("occurredAt") as "oldestAt" from "AuditEvent" where "seq" is null`;
  return { unsealed: row.unsealed, oldestAt: row.oldestAt };
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
const encodeField = (value: string | null) =>
  value === null ? "-" : `${Buffer.byteLength(value, "utf8")}:${value}`;
