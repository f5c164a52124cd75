import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import pg from "pg";
import type { Db } from "@/lib/db/server/prisma";
import { verifyAuditChain } from "./verify-audit-chain";
import { prismaQuery, sealAuditLog } from "./seal-audit-log";

let db: Db;

const database = withTestDatabase();
beforeAll(async () => {
  db = database.client(25);
});

beforeEach(async () => {
  await db.$executeRawUnsafe(`truncate "AuditEvent"`);
});

const event = (n: number) => ({
  category: "CONSULTATION" as const,
  event: "person.viewed",
  actorId: n,
  actorLabel: `DC ${n} — Ødegård`, // non-ASCII: lengths are counted in UTF-8 bytes on both sides
  entityType: "person",
  entityId: String(n),
  justification: n % 2 ? "Scrutiny of a linked offence | for the forum" : null,
  changes:
    n % 3 ? { fields: { status: { from: "OPEN", to: "CHARGED" } }, detail: [n, "😀", null] } : undefined,
  address: "10.0.0.1",
});

const unsealed = async () => (await db.auditEvent.count({ where: { seq: null } })) as number;

/**
 * Seals until nothing is left. The sealing horizon is cluster-wide: a transaction open in another
 * test file's database holds it back for a moment, never makes it wrong, so this waits for it.
 */
async function sealAll(): Promise<void> {
  for (let i = 0; i < 600; i++) {
    await sealAuditLog(prismaQuery(db));
    if ((await unsealed()) === 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("rows stayed unsealed");
}

/** Changes a row behind the triggers' back, as only the table owner could. */
async function tamper(sql: string): Promise<void> {
  await db.$transaction([
    db.$executeRawUnsafe(`alter table "AuditEvent" disable trigger user`),
    db.$executeRawUnsafe(sql),
    db.$executeRawUnsafe(`alter table "AuditEvent" enable trigger user`),
  ]);
}

const sameAsReference = async () => {
  const [reference] = await db.$queryRawUnsafe<{ same: boolean }[]>(
    `select bool_and(hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')) as same from "AuditEvent" e`,
  );
  return reference!.same;
};

describe("the audit log", () => {
  it("is stamped on insert and chained by the sealer: seq, prevHash and hash are its, whatever the app sends", async () => {
    for (const n of [1, 2, 3]) {
      await db.auditEvent.create({
        data: { ...event(n), seq: 99, prevHash: "forged", hash: "forged", txid: 1 },
      });
    }
    const before = await db.auditEvent.findMany({ orderBy: { id: "asc" } });
    expect(before.map((row) => [row.seq, row.prevHash, row.hash])).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    expect(before.every((row) => row.txid > 1n)).toBe(true);

    await sealAll();
    const rows = await db.auditEvent.findMany({
      orderBy: { seq: "asc" },
      select: { seq: true, prevHash: true, hash: true },
    });
    expect(rows.map((row) => row.seq)).toEqual([1n, 2n, 3n]);
    expect(rows[0]!.prevHash).toBe("");
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditChain({ db })).toMatchObject({ ok: true, events: 3, lag: { unsealed: 0 } });
    // The sealer builds the canonical text in a loop (for speed); audit_event_canonical() is its reference.
    expect(await sameAsReference()).toBe(true);
  });

  it("refuses UPDATE and DELETE, sealed or not, and a forged sealing", async () => {
    await db.auditEvent.create({ data: event(1) });
    await expect(db.auditEvent.updateMany({ data: { event: "rewritten" } })).rejects.toThrow(
      /audit log is append-only/,
    );
    await expect(db.$executeRawUnsafe(`update "AuditEvent" set seq = 1, hash = 'x'`)).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await sealAll();
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/audit log is append-only/);
    await expect(
      db.$transaction([
        db.$executeRawUnsafe(`select set_config('captiva.audit_sealing', 'on', true)`),
        db.$executeRawUnsafe(`update "AuditEvent" set "justification" = 'x', seq = 1, hash = 'y'`),
      ]),
    ).rejects.toThrow(/append-only: UPDATE/);
    expect(await verifyAuditChain({ db })).toMatchObject({ ok: true, events: 1 });
  });

  it("reports the first event altered behind the triggers' back", async () => {
    for (const n of [1, 2, 3, 4]) await db.auditEvent.create({ data: event(n) });
    await sealAll();
    await tamper(`update "AuditEvent" set "justification" = 'nothing to see' where seq = 3`);
    expect(await verifyAuditChain({ db })).toMatchObject({
      ok: false,
      brokenAtSeq: 3n,
      events: 2,
      reason: expect.stringMatching(/altered/),
    });
  });

  it("reports a removed event, and a rehashed forgery, where the chain breaks", async () => {
    for (const n of [1, 2, 3, 4]) await db.auditEvent.create({ data: event(n) });
    await sealAll();
    await tamper(`delete from "AuditEvent" where seq = 2`);
    expect(await verifyAuditChain({ db })).toMatchObject({
      ok: false,
      brokenAtSeq: 3n,
      reason: expect.stringMatching(/seq 2 is missing/),
    });

    // Renumbering and rehashing the altered row alone is not enough: the next link still breaks.
    await tamper(
      `update "AuditEvent" set seq = 2, "prevHash" = (select hash from "AuditEvent" where seq = 1) where seq = 3`,
    );
    await tamper(
      `update "AuditEvent" e set hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') where seq = 2`,
    );
    expect(await verifyAuditChain({ db })).toMatchObject({
      ok: false,
      brokenAtSeq: 4n,
      reason: expect.stringMatching(/seq 3 is missing/),
    });
  });

  it("walks long logs in batches", async () => {
    await db.auditEvent.createMany({ data: Array.from({ length: 25 }, (_, i) => event(i + 1)) });
    await sealAll();
    expect(await verifyAuditChain({ db, batchSize: 7 })).toMatchObject({ ok: true, events: 25 });
  });

  it("lets 20 audited transactions write at once without waiting on one another, then seals them all in commit order", async () => {
    // Each transaction writes its audit row, then waits until all 20 have written theirs before
    // committing. Under the old design (a global lock held to commit) the second would wait on
    // the first for ever and the test would time out; here all 20 rows exist, uncommitted, at once.
    let written = 0;
    let release!: () => void;
    const allWritten = new Promise<void>((r) => (release = r));
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.$transaction(
          async (tx) => {
            await tx.auditEvent.create({ data: event(100 + i) });
            if (++written === 20) release();
            await allWritten;
          },
          { timeout: 30_000, maxWait: 30_000 },
        ),
      ),
    );
    expect(written).toBe(20);
    await sealAll();
    const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { seq: true } });
    expect(rows.map((row) => row.seq)).toEqual(Array.from({ length: 20 }, (_, i) => BigInt(i + 1)));
    expect(await verifyAuditChain({ db })).toMatchObject({ ok: true, events: 20 });
    expect(await sameAsReference()).toBe(true);
  });

  it("never seals past a transaction still open, leaves no gap for a rolled-back one, and seals in commit-safe order", async () => {
    const open = new pg.Client({ connectionString: database.url });
    await open.connect();
    try {
      await db.auditEvent.create({ data: event(1) }); // committed before the open transaction began
      await open.query("begin");
      await open.query(`insert into "AuditEvent" (category, event) values ('CONSULTATION', 'long.running')`);
      await db.auditEvent.create({ data: event(2) }); // committed after it began, while it is open
      await expect(
        db.$transaction(async (tx) => {
          await tx.auditEvent.create({ data: event(3) });
          throw new Error("the change fails");
        }),
      ).rejects.toThrow("the change fails");

      await sealAuditLog(prismaQuery(db));
      const sealedWhileOpen = await db.auditEvent.findMany({
        where: { seq: { not: null } },
        select: { event: true },
      });
      // Event 1 may seal (its transaction is settled); event 2 must wait for the open one.
      expect(sealedWhileOpen.map((row) => row.event)).not.toContain("long.running");
      expect(await db.auditEvent.count({ where: { seq: { not: null }, entityId: "2" } })).toBe(0);

      await open.query("commit");
      await sealAll();
      const rows = await db.auditEvent.findMany({
        orderBy: { seq: "asc" },
        select: { seq: true, event: true, entityId: true },
      });
      expect(rows.map((row) => [row.seq, row.event === "long.running" ? "open" : row.entityId])).toEqual([
        [1n, "1"],
        [2n, "open"],
        [3n, "2"],
      ]);
      expect(await verifyAuditChain({ db })).toMatchObject({ ok: true, events: 3 });
    } finally {
      await open.end();
    }
  });
});
