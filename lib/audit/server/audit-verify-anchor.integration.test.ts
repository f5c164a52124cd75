import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "@/lib/db/server/prisma";
import { childEnv } from "@/lib/env";

// `npm run audit:verify` against the checkpoints it writes outside the database: the owner (who
// can switch the triggers off) cutting the tail, emptying the table or rewriting the chain
// consistently is reported as tampering, with a non-zero exit.

let db: Db;
let dir: string;
const key = "k".repeat(40);

const database = withTestDatabase();
beforeAll(async () => {
  db = database.client();
  dir = mkdtempSync(join(tmpdir(), "captiva-anchor-test-"));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
});

let anchorFile: string;
beforeEach(async () => {
  await db.$executeRawUnsafe(`truncate "AuditEvent"`);
  anchorFile = join(dir, `anchors-${Date.now()}-${Math.random().toString(36).slice(2)}.jsonl`);
});

function auditVerify(): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/audit-verify.ts"],
      {
        env: childEnv({
          DATABASE_URL: database.url,
          AUDIT_ANCHOR_KEY: key,
          AUDIT_ANCHOR_FILE: anchorFile,
          DATA_DIR: dir,
        }),
      },
    );
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

async function append(count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    await db.auditEvent.create({
      data: { category: "ALTERATION", event: "offence.updated", entityType: "offence", entityId: String(n) },
    });
  }
}

/** As the owner with the triggers off. */
async function tamper(sql: string): Promise<void> {
  await db.$transaction([
    db.$executeRawUnsafe(`alter table "AuditEvent" disable trigger user`),
    db.$executeRawUnsafe(sql),
    db.$executeRawUnsafe(`alter table "AuditEvent" enable trigger user`),
  ]);
}

describe("audit:verify with checkpoints", () => {
  it("seals, reports the lag, and appends a signed checkpoint of the head", async () => {
    await append(3);
    const run = await auditVerify();
    expect(run.out).toContain("audit log intact: 3 events");
    expect(run.out).toMatch(/sealing lag: none/);
    expect(run.code).toBe(0);
    const lines = readFileSync(anchorFile, "utf8").trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ seq: "3", hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it("reports a cut tail with the missing seq numbers", async () => {
    await append(5);
    expect((await auditVerify()).code).toBe(0);
    await tamper(`delete from "AuditEvent" where seq > 3`);
    const run = await auditVerify();
    expect(run.out).toMatch(
      /TAMPERING: audit log broken at seq 4: the log ends at seq 3: its tail was cut.*seq 4 to 5 are missing/,
    );
    expect(run.code).toBe(1);
  });

  it("reports an emptied table", async () => {
    await append(2);
    expect((await auditVerify()).code).toBe(0);
    await db.$executeRawUnsafe(`truncate "AuditEvent"`);
    const run = await auditVerify();
    expect(run.out).toMatch(/TAMPERING: .*emptied.*seq 1 to 2 are missing/);
    expect(run.code).toBe(1);
  });

  it("reports a consistent rewrite of the chain", async () => {
    await append(5);
    expect((await auditVerify()).code).toBe(0);
    // Alter seq 3 and recompute every later hash, so the chain itself is consistent again.
    await tamper(`
      do $$
      declare r record; previous text;
      begin
        update "AuditEvent" set "entityId" = 'someone else' where seq = 3;
        select hash into previous from "AuditEvent" where seq = 2;
        for r in select id from "AuditEvent" where seq >= 3 order by seq loop
          update "AuditEvent" set "prevHash" = previous where id = r.id;
          update "AuditEvent" e set hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') where id = r.id
            returning hash into previous;
        end loop;
      end $$`);
    const run = await auditVerify();
    expect(run.out).toMatch(
      /TAMPERING: audit log broken at seq 5: the chain was rewritten: seq 5 no longer has the hash/,
    );
    expect(run.code).toBe(1);
  });

  it("refuses a checkpoint not signed with the key", async () => {
    await append(1);
    expect((await auditVerify()).code).toBe(0);
    appendFileSync(
      anchorFile,
      JSON.stringify({
        v: "captiva-anchor-v1",
        seq: "1",
        hash: "0".repeat(64),
        at: new Date().toISOString(),
        mac: "00",
      }) + "\n",
    );
    const run = await auditVerify();
    expect(run.out).toMatch(/TAMPERING: anchor file lines 2 are not checkpoints signed/);
    expect(run.code).toBe(1);
  });
});
