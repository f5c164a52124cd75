import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { startUserSession } from "@/lib/auth/server/user-sessions";
import { resolveActor } from "@/lib/auth/server/resolve-actor";
import { actorOf, auditRows, makeActor, makeUser } from "@/lib/testing/admin-fixtures";
import { withUserAdmin, reloadUser } from "@/lib/testing/user-admin";
import { USER_RULE_MESSAGES } from "@/lib/users/rules";
import { disableUser } from "@/lib/users/server/disable-user";
import { enableUser } from "@/lib/users/server/enable-user";

const { actors } = withUserAdmin();

const sessionOf = async (user: { id: number; sessionVersion: number }) =>
  resolveActor({
    claims: await startUserSession({ id: user.id, sessionVersion: user.sessionVersion }),
    address: null,
  });

describe("disableUser and enableUser", () => {
  it("disables an account, ends its open sessions at once, and audits before/after", async () => {
    const user = await makeUser("INVESTIGATOR");
    expect(await sessionOf(user)).not.toBeNull();

    const result = await disableUser({ actor: actors.admin, input: { id: user.id, version: 1 } });
    const after = await reloadUser(user.id);
    expect(result).toEqual({ id: user.id, version: 2 });
    expect(after.disabledAt).not.toBeNull();
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await sessionOf(user)).toBeNull();
    expect(await sessionOf(after)).toBeNull(); // disabled, whatever the cookie's version

    const [row] = await auditRows({ event: "user.disabled", entityId: String(user.id) });
    expect(row).toMatchObject({ actorId: actors.admin.id, entityType: "user" });
    expect(row?.changes).toEqual({
      fields: {
        disabledAt: { from: null, to: after.disabledAt!.toISOString() },
        sessionVersion: { from: user.sessionVersion, to: user.sessionVersion + 1 },
      },
    });
  });

  it("re-enables it; sessions from before the disable stay ended", async () => {
    const user = await makeUser("ANALYST");
    await disableUser({ actor: actors.admin, input: { id: user.id, version: 1 } });
    expect(await enableUser({ actor: actors.admin, input: { id: user.id, version: 2 } })).toEqual({
      id: user.id,
      version: 3,
    });
    const after = await reloadUser(user.id);
    expect(after.disabledAt).toBeNull();
    expect(await sessionOf(user)).toBeNull();
    expect(await sessionOf(after)).not.toBeNull();
    expect(await auditRows({ event: "user.enabled", entityId: String(user.id) })).toHaveLength(1);
    await expect(
      enableUser({ actor: actors.admin, input: { id: user.id, version: 3 } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("refuses a stale version: nothing changes and no audit row is written", async () => {
    const user = await makeUser("ANALYST");
    await getPrisma().user.update({ where: { id: user.id }, data: { version: { increment: 1 } } }); // another admin's edit
    const auditBefore = await getPrisma().auditEvent.count();
    await expect(
      disableUser({ actor: actors.admin, input: { id: user.id, version: 1 } }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await reloadUser(user.id)).disabledAt).toBeNull();
    expect(await getPrisma().auditEvent.count()).toBe(auditBefore);
    await expect(
      disableUser({ actor: actors.admin, input: { id: 999_999, version: 1 } }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("writes the change and its audit row in one transaction: if the row fails, the change is undone", async () => {
    const user = await makeUser("ANALYST");
    const prisma = getPrisma();
    // A trigger that refuses this one audit row stands in for any failure while writing it.
    await prisma.$executeRawUnsafe(`create function refuse_test_row() returns trigger language plpgsql as $$
      begin if new."entityId" = '${user.id}' and new."event" = 'user.disabled' then raise exception 'refused for the test'; end if; return new; end $$`);
    await prisma.$executeRawUnsafe(
      `create trigger refuse_test_row before insert on "AuditEvent" for each row execute function refuse_test_row()`,
    );
    try {
      await expect(
        disableUser({ actor: actors.admin, input: { id: user.id, version: 1 } }),
      ).rejects.toThrow();
    } finally {
      await prisma.$executeRawUnsafe(`drop trigger refuse_test_row on "AuditEvent"`);
      await prisma.$executeRawUnsafe(`drop function refuse_test_row()`);
    }
    const after = await reloadUser(user.id);
    expect(after).toMatchObject({ disabledAt: null, sessionVersion: user.sessionVersion, version: 1 });
  });

  it("refuses to let an admin disable themselves, and audits the attempt", async () => {
    await expect(
      disableUser({ actor: actors.admin, input: { id: actors.admin.id, version: 1 } }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: USER_RULE_MESSAGES.selfDisable,
    });
    expect((await reloadUser(actors.admin.id)).disabledAt).toBeNull();
    expect(
      (await auditRows({ event: "access.refused", entityId: String(actors.admin.id) })).at(-1)?.changes,
    ).toEqual({ detail: { reason: "self-disable" } });
  });

  it("never disables the last active administrator, even when two admins disable each other at once", async () => {
    // Only these two admins are active for this test.
    await getPrisma().user.updateMany({
      where: { role: "ADMIN", disabledAt: null },
      data: { disabledAt: new Date() },
    });
    const a = await makeUser("ADMIN");
    const b = await makeUser("ADMIN");
    const results = await Promise.allSettled([
      disableUser({ actor: actorOf(a), input: { id: b.id, version: 1 } }),
      disableUser({ actor: actorOf(b), input: { id: a.id, version: 1 } }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "CONFLICT", message: USER_RULE_MESSAGES.lastAdmin });
    expect(await getPrisma().user.count({ where: { role: "ADMIN", disabledAt: null } })).toBe(1);
  });

  it("is refused to a non-admin, audited, and changes nothing", async () => {
    const { actor: analyst } = await makeActor("ANALYST");
    const user = await makeUser("PARTNER");
    await expect(disableUser({ actor: analyst, input: { id: user.id, version: 1 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(enableUser({ actor: analyst, input: { id: user.id, version: 1 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await reloadUser(user.id)).version).toBe(1);
    const refusals = (await auditRows({ event: "access.refused", entityId: String(user.id) })).map(
      (r) => r.actorId,
    );
    expect(refusals).toEqual([analyst.id, analyst.id]);
  });
});
