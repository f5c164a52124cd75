import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { actorOf, auditRows, makeActor, makeUser } from "@/lib/testing/admin-fixtures";
import { withUserAdmin, reloadUser } from "@/lib/testing/user-admin";
import { ROLE_SCOPE_MESSAGES, USER_RULE_MESSAGES } from "@/lib/users/rules";
import { changeUserRole } from "@/lib/users/server/change-user-role";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/enums";

const { actors, ref } = withUserAdmin();

/** Asks for `role` for the user (at version 1, with no NPU or provider, unless told). */
const askForRole = (
  actor: Actor,
  id: number,
  role: Role,
  input: { version?: number; npuId?: number | null; providerId?: number | null } = {},
) => changeUserRole({ actor, input: { id, version: 1, role, npuId: null, providerId: null, ...input } });

describe("changeUserRole", () => {
  it("changes the role, drops a scope the new role does not use, ends the user's sessions, and audits it", async () => {
    // To administrator: at once. A case role waits for approval (account-approval.integration.test.ts).
    const user = await makeUser("INVESTIGATOR", { npuId: ref.npu.id });
    const result = await askForRole(actors.admin, user.id, "ADMIN", { npuId: ref.npu.id });
    const after = await reloadUser(user.id);
    expect(result).toEqual({ id: user.id, version: 2 });
    expect(after).toMatchObject({ role: "ADMIN", npuId: null, sessionVersion: user.sessionVersion + 1 });
    const [row] = await auditRows({ event: "user.role-changed", entityId: String(user.id) });
    expect(row?.changes).toEqual({
      fields: {
        npu: { from: ref.npu.name, to: null },
        role: { from: "INVESTIGATOR", to: "ADMIN" },
        sessionVersion: { from: user.sessionVersion, to: user.sessionVersion + 1 },
      },
    });
  });

  it("needs the NPU or provider the new role works in", async () => {
    const user = await makeUser("ANALYST");
    await expect(askForRole(actors.admin, user.id, "PARTNER")).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { providerId: [ROLE_SCOPE_MESSAGES.providerId] },
    });
    expect((await reloadUser(user.id)).role).toBe("ANALYST");
  });

  it("moves an investigator to another NPU without ending their sessions, and does nothing for no change", async () => {
    const user = await makeUser("INVESTIGATOR", { npuId: ref.npu.id });
    const other = await getPrisma().npu.create({ data: { name: "Walsall (test)", areaKm2: 104 } });
    await askForRole(actors.admin, user.id, "INVESTIGATOR", { npuId: other.id });
    expect(await reloadUser(user.id)).toMatchObject({
      npuId: other.id,
      sessionVersion: user.sessionVersion,
      version: 2,
    });
    expect((await auditRows({ event: "user.updated", entityId: String(user.id) }))[0]?.changes).toEqual({
      fields: { npu: { from: ref.npu.name, to: "Walsall (test)" } },
    });

    const auditBefore = await getPrisma().auditEvent.count();
    expect(await askForRole(actors.admin, user.id, "INVESTIGATOR", { version: 2, npuId: other.id })).toEqual({
      id: user.id,
      version: 2,
    });
    expect(await getPrisma().auditEvent.count()).toBe(auditBefore);
  });

  it("refuses a stale version with CONFLICT and writes nothing", async () => {
    const user = await makeUser("ANALYST");
    await askForRole(actors.admin, user.id, "ADMIN");
    const auditBefore = await getPrisma().auditEvent.count();
    await expect(askForRole(actors.admin, user.id, "CHAIR")).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect((await reloadUser(user.id)).role).toBe("ADMIN");
    expect(await getPrisma().auditEvent.count()).toBe(auditBefore);
  });

  it("refuses an admin's change to their own role, and the last active admin's demotion", async () => {
    await expect(askForRole(actors.admin, actors.admin.id, "CHAIR")).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: USER_RULE_MESSAGES.selfRoleChange,
    });

    await getPrisma().user.updateMany({
      where: { role: "ADMIN", disabledAt: null },
      data: { disabledAt: new Date() },
    });
    const last = await makeUser("ADMIN");
    // Reached only by an admin whose own account was disabled mid-request: the rule still holds.
    await expect(askForRole(actors.admin, last.id, "ANALYST")).rejects.toMatchObject({
      code: "CONFLICT",
      message: USER_RULE_MESSAGES.lastAdmin,
    });
    expect((await reloadUser(last.id)).role).toBe("ADMIN");
    // With a second active admin it may be asked for (a case role: approved by a second person).
    const second = await makeUser("ADMIN");
    expect(await askForRole(actorOf(second), last.id, "ANALYST")).toMatchObject({ pending: true });
    expect(
      await getPrisma().accountChangeRequest.count({
        where: { userId: last.id, role: "ANALYST", status: "PENDING" },
      }),
    ).toBe(1);
  });

  it("is refused to a non-admin, and audited", async () => {
    const { actor: chair } = await makeActor("CHAIR");
    const user = await makeUser("ANALYST");
    await expect(askForRole(chair, user.id, "ADMIN")).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await reloadUser(user.id)).role).toBe("ANALYST");
    expect((await auditRows({ event: "access.refused", entityId: String(user.id) }))[0]).toMatchObject({
      actorId: chair.id,
    });
  });
});
