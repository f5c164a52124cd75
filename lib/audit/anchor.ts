import { createHmac, timingSafeEqual } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { localSecret } from "@/lib/local-secret";

// Checkpoints of the audit chain's head kept OUTSIDE the database: a line per checkpoint in an
// append-only file (and the server log), each signed with HMAC-SHA256 under AUDIT_ANCHOR_KEY, a
// key the database never holds. Someone who can rewrite the database (its owner, a restored
// backup) can make the chain consistent again, but cannot make it match a checkpoint taken before
// the rewrite, nor forge a new checkpoint without the key. verify-audit-chain.ts compares.

export type Checkpoint = { seq: bigint; hash: string; at: Date };

const VERSION = "captiva-anchor-v1";

function mac(key: string, checkpoint: Checkpoint): string {
  return createHmac("sha256", key)
    .update(`${VERSION}|${checkpoint.seq}|${checkpoint.hash}|${checkpoint.at.toISOString()}`, "utf8")
    .digest("hex");
}

/** The checkpoint as one line of the anchor file (and of the server log). */
export function checkpointLine(key: string, checkpoint: Checkpoint): string {
  return JSON.stringify({
    v: VERSION,
    seq: checkpoint.seq.toString(),
    hash: checkpoint.hash,
    at: checkpoint.at.toISOString(),
    mac: mac(key, checkpoint),
  });
}

export type AnchorFile = {
  /** Checkpoints whose signature holds, in file order. */
  checkpoints: Checkpoint[];
  /** 1-based line numbers that are not a correctly signed checkpoint: forged, edited or damaged. */
  badLines: number[];
};

export function readAnchorFile(file: string, key: string): AnchorFile {
  if (!existsSync(file)) return { checkpoints: [], badLines: [] };
  const checkpoints: Checkpoint[] = [];
  const badLines: number[] = [];
  readFileSync(file, "utf8")
    .split("\n")
    .forEach((line, index) => {
      if (!line.trim()) return;
      const checkpoint = parseLine(line, key);
      if (checkpoint) checkpoints.push(checkpoint);
      else badLines.push(index + 1);
    });
  return { checkpoints, badLines };
}

function parseLine(line: string, key: string): Checkpoint | undefined {
  try {
    const raw = JSON.parse(line) as Record<string, unknown>;
    if (raw.v !== VERSION || typeof raw.seq !== "string" || typeof raw.hash !== "string") return undefined;
    if (typeof raw.at !== "string" || typeof raw.mac !== "string" || !/^\d+$/.test(raw.seq)) return undefined;
    const checkpoint = { seq: BigInt(raw.seq), hash: raw.hash, at: new Date(raw.at) };
    if (Number.isNaN(checkpoint.at.getTime())) return undefined;
    const expected = Buffer.from(mac(key, checkpoint), "hex");
    const given = Buffer.from(raw.mac, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected) ? checkpoint : undefined;
  } catch {
    return undefined;
  }
}

/** Appends a checkpoint (O_APPEND: concurrent writers never interleave within a line). */
export function appendCheckpoint(file: string, key: string, checkpoint: Checkpoint): string {
  const line = checkpointLine(key, checkpoint);
  mkdirSync(dirname(file), { recursive: true });
  appendFileSync(file, line + "\n", { mode: 0o600 });
  return line;
}

/** AUDIT_ANCHOR_KEY, or for the local demo a key generated once and kept in DATA_DIR (like auth-secret). */
export function anchorKeyFor(env: { AUDIT_ANCHOR_KEY?: string; DATA_DIR: string }): string {
  return env.AUDIT_ANCHOR_KEY || localSecret(env.DATA_DIR, "audit-anchor-key");
}

/** Where checkpoints go: AUDIT_ANCHOR_FILE, else DATA_DIR/audit-anchors.jsonl. */
export function anchorFileFor(env: { AUDIT_ANCHOR_FILE?: string; DATA_DIR: string }): string {
  return env.AUDIT_ANCHOR_FILE ?? join(env.DATA_DIR, "audit-anchors.jsonl");
}
