import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import pg from "pg";
import { prismaQuery, sealAuditLog } from "@/lib/audit/server/seal-audit-log";
import { createPrismaClient } from "@/lib/db/server/prisma";

// The app's runtime role (migration *_audit_sealer): it may read and append to the audit log, and
// nothing else there. Every attempt below is what an attacker with the app's connection (an SQL
// injection, a stolen DATABASE_URL) would try first.

let app: pg.Client;

const database = withTestDatabase();
beforeAll(async () => {
  if (!database.runtimeUrl) throw new Error("the test server made no runtime login");
  app = await database.connect(database.runtimeUrl);
});

const insert = () =>
  app.query(`insert into "AuditEvent" (category, event) values ('CONSULTATION', 'person.viewed')`);

describe("as the runtime role", () => {
  it("is neither superuser nor the owner of anything", async () => {
    const { rows } = await app.query(
      `select rolsuper, rolcreaterole, rolcreatedb, rolbypassrls, pg_has_role(current_user, 'captiva_app', 'usage') as member,
              (select count(*)::int from pg_class c where pg_has_role(current_user, c.relowner, 'usage') and c.relnamespace = 'public'::regnamespace) as owned
         from pg_roles where rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
      member: true,
      owned: 0,
    });
  });

  it("appends to the audit log, reads it, and seals it through audit_seal()", async () => {
    await insert();
    const { rows } = await app.query(`select count(*)::int as n from "AuditEvent"`);
    expect(rows[0].n).toBeGreaterThan(0);
    const db = createPrismaClient(database.runtimeUrl!, 2);
    try {
      for (let i = 0; i < 600 && (await sealAuditLog(prismaQuery(db))) === 0; i++)
        await new Promise((r) => setTimeout(r, 100));
    } finally {
      await db.$disconnect();
    }
    const sealed = await app.query(`select count(*)::int as n from "AuditEvent" where seq is not null`);
    expect(sealed.rows[0].n).toBeGreaterThan(0);
  });

  it.each([
    ["UPDATE", `update "AuditEvent" set "justification" = 'x'`, /permission denied/],
    ["UPDATE of the chain", `update "AuditEvent" set seq = null`, /permission denied/],
    ["DELETE", `delete from "AuditEvent"`, /permission denied/],
    ["TRUNCATE", `truncate "AuditEvent"`, /permission denied/],
    ["session_replication_role", `set session_replication_role = replica`, /permission denied/],
    ["DISABLE TRIGGER", `alter table "AuditEvent" disable trigger audit_append_only`, /must be owner/],
    ["DISABLE TRIGGER USER", `alter table "AuditEvent" disable trigger user`, /must be owner/],
    ["DROP TRIGGER", `drop trigger audit_stamp on "AuditEvent"`, /must be owner/],
    ["ALTER OWNER", `alter table "AuditEvent" owner to current_user`, /must be owner/],
    [
      "a new audit_seal",
      `create or replace function audit_seal(max_rows integer default 5000) returns integer language sql as 'select 0'`,
      /must be owner|permission denied/,
    ],
    ["setval on the id sequence", `select setval('"AuditEvent_id_seq"', 1)`, /permission denied/],
    ["DELETE on a case table", `delete from "Npu"`, /refused: case records are never deleted/],
  ])("cannot %s", async (_what, sql, error) => {
    await expect(app.query(sql)).rejects.toThrow(error);
  });

  it("still writes the app's other tables", async () => {
    const { rows } = await app.query(
      `insert into "Npu" (name, "areaKm2") values ('Runtime NPU', 1) returning id`,
    );
    await app.query(`update "Npu" set name = 'Runtime NPU 2' where id = $1`, [rows[0].id]);
  });
});
