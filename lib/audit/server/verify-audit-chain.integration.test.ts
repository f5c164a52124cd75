import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/server/prisma";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { verifyAuditChain } from "./verify-audit-chain";

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = createPrismaClient(database.url, 4);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
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
  changes: n % 3 ? { fields: { status: { from: "OPEN", to: "CHARGED" } }, detail: [n, "😀", null] } : undefined,
  address: "10.0.0.1",
});

/** Changes a row behind the triggers' back, as only the table owner could. */
async function tamper(sql: string): Promise<void> {
  await db.$transaction([
    db.$executeRawUnsafe(`alter table "AuditEvent" disable trigger user`),
    db.$executeRawUnsafe(sql),
    db.$executeRawUnsafe(`alter table "AuditEvent" enable trigger user`),
  ]);
}

describe("the audit log", () => {
  it("is chained by the database: seq, prevHash and hash are its, whatever the app sends", async () => {
    for (const n of [1, 2, 3]) {
      await db.auditEvent.create({ data: { ...event(n), seq: 99, prevHash: "forged", hash: "forged" } });
    }
    const rows = await db.auditEvent.findMany({ orderBy: { id: "asc" }, select: { seq: true, prevHash: true, hash: true } });
    expect(rows.map((row) => row.seq)).toEqual([1n, 2n, 3n]);
    expect(rows[0]!.prevHash).toBe("");
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditChain({ db })).toEqual({ ok: true, events: 3 });
    // The trigger builds the canonical text in a loop (for speed); audit_event_canonical() is its reference.
    const [reference] = await db.$queryRawUnsafe<{ same: boolean }[]>(
      `select bool_and(hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex')) as same from "AuditEvent" e`,
    );
    expect(reference!.same).toBe(true);
  });

  it("refuses UPDATE and DELETE", async () => {
    await db.auditEvent.create({ data: event(1) });
    await expect(db.auditEvent.updateMany({ data: { event: "rewritten" } })).rejects.toThrow(/audit log is append-only/);
    await expect(db.auditEvent.deleteMany({})).rejects.toThrow(/audit log is append-only/);
    await expect(db.$executeRawUnsafe(`update "AuditEvent" set "justification" = 'x'`)).rejects.toThrow(/append-only: UPDATE/);
    expect(await verifyAuditChain({ db })).toEqual({ ok: true, events: 1 });
  });

  it("reports the first event altered behind the triggers' back", async () => {
    for (const n of [1, 2, 3, 4]) await db.auditEvent.create({ data: event(n) });
    await tamper(`update "AuditEvent" set "justification" = 'nothing to see' where seq = 3`);
    expect(await verifyAuditChain({ db })).toMatchObject({ ok: false, brokenAtSeq: 3n, events: 2, reason: expect.stringMatching(/altered/) });
  });

  it("reports a removed event, and a rehashed forgery, where the chain breaks", async () => {
    for (const n of [1, 2, 3, 4]) await db.auditEvent.create({ data: event(n) });
    await tamper(`delete from "AuditEvent" where seq = 2`);
    expect(await verifyAuditChain({ db })).toMatchObject({ ok: false, brokenAtSeq: 3n, reason: expect.stringMatching(/seq 2 is missing/) });

    // Renumbering and rehashing the altered row alone is not enough: the next link still breaks.
    await tamper(`update "AuditEvent" set seq = 2, "prevHash" = (select hash from "AuditEvent" where seq = 1) where seq = 3`);
    await tamper(`update "AuditEvent" e set hash = encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') where seq = 2`);
    expect(await verifyAuditChain({ db })).toMatchObject({ ok: false, brokenAtSeq: 4n, reason: expect.stringMatching(/seq 3 is missing/) });
  });

  it("walks long logs in batches", async () => {
    await db.auditEvent.createMany({ data: Array.from({ length: 25 }, (_, i) => event(i + 1)) });
    expect(await verifyAuditChain({ db, batchSize: 7 })).toEqual({ ok: true, events: 25 });
  });

  it("stays one chain when two connections append at once", async () => {
    const other = createPrismaClient(database.url, 4);
    try {
      const append = (client: Db, from: number) =>
        Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            // Half in interactive transactions, as data functions write them, half standalone.
            i % 2
              ? client.$transaction(async (tx) => {
                  await tx.auditEvent.create({ data: event(from + i) });
                })
              : client.auditEvent.create({ data: event(from + i) }),
          ),
        );
      await Promise.all([append(db, 100), append(other, 200)]);
    } finally {
      await other.$disconnect();
    }
    expect(await verifyAuditChain({ db })).toEqual({ ok: true, events: 40 });
    const { _max } = await db.auditEvent.aggregate({ _max: { seq: true } });
    expect(_max.seq).toBe(40n);
  });
});
