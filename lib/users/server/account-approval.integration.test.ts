import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { verifyPassword } from "@/lib/auth/password";
import { actorOf, auditRows, makeActor, makeUser } from "@/lib/testing/admin-fixtures";
import { withUserAdmin, reloadUser } from "@/lib/testing/user-admin";
import { USER_RULE_MESSAGES } from "@/lib/users/rules";
import { changeOwnPassword } from "@/lib/users/server/change-own-password";
import { changeUserRole } from "@/lib/users/server/change-user-role";
import { createUser } from "@/lib/users/server/create-user";
import { decideAccountChange } from "@/lib/users/server/decide-account-change";
import { enableUser } from "@/lib/users/server/enable-user";
import { listAccountChangeRequests } from "@/lib/users/server/list-account-change-requests";
import { resetUserPassword } from "@/lib/users/server/reset-user-password";

// Issue 13.14: an administrator cannot give case access alone. A case role (new account or role
// change) and a password on a case-role account wait for a second person — another administrator
// or the chair, never the requester or the account's owner — and an administrator-set password
// must be replaced by its owner. Every step is read back from the database.

const { actors, ref } = withUserAdmin({ admin: "ADMIN", otherAdmin: "ADMIN", chair: "CHAIR" });
const pendingFor = (userId: number) =>
  getPrisma().accountChangeRequest.findFirstOrThrow({ where: { userId, status: "PENDING" } });
/** An account with no NPU or provider, created by the administrator; its address from its name. */
const newAccount = (name: string, role: "ANALYST" | "ADMIN") =>
  createUser({
    actor: actors.admin,
    input: {
      name,
      email: `${name.toLowerCase().replace(" ", ".")}@captiva.test`,
      jobTitle: "",
      role,
      npuId: null,
      providerId: null,
    },
  });
const notes = (userId: number) =>
  getPrisma().notification.findMany({ where: { userId, kind: "account-change" }, orderBy: { id: "asc" } });

describe("a new account with a case role", () => {
  it("is created disabled until a second person approves the role; the requester cannot approve or enable it", async () => {
    const created = await newAccount("Ana Pending", "ANALYST");
    expect(created.pending).toBe(true);
    expect(await reloadUser(created.id)).toMatchObject({ role: "ANALYST", disabledAt: expect.any(Date) });
    const request = await pendingFor(created.id);
    expect(request).toMatchObject({
      kind: "CASE_ROLE",
      role: "ANALYST",
      newAccount: true,
      requestedById: actors.admin.id,
    });
    expect(await auditRows({ event: "account-change.requested", entityId: String(created.id) })).toHaveLength(
      1,
    );
    // Approvers are alerted in-app; the requester is not asked to approve their own.
    expect((await notes(actors.otherAdmin.id)).map((n) => n.link)).toContain("/admin/approvals");
    expect((await notes(actors.chair.id)).some((n) => n.text.includes("Ana Pending"))).toBe(true);
    expect(await notes(actors.admin.id)).toHaveLength(0);

    await expect(
      decideAccountChange({ actor: actors.admin, input: { id: request.id, decision: "approve" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: USER_RULE_MESSAGES.ownRequest });
    expect(
      (await auditRows({ event: "access.refused" })).some(
        (r) =>
          r.actorId === actors.admin.id &&
          (r.changes as { detail?: { reason?: string } })?.detail?.reason === "own-request",
      ),
    ).toBe(true);
    await expect(
      enableUser({ actor: actors.admin, input: { id: created.id, version: created.version } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await reloadUser(created.id)).disabledAt).not.toBeNull();
    const listed = await listAccountChangeRequests({ actor: actors.admin });
    expect(listed.find((r) => r.id === request.id)).toMatchObject({
      mayDecide: false,
      requestedBy: expect.any(String),
    });
    expect(JSON.stringify(listed)).not.toContain("passwordHash");

    await decideAccountChange({ actor: actors.otherAdmin, input: { id: request.id, decision: "approve" } });
    expect(await reloadUser(created.id)).toMatchObject({ role: "ANALYST", disabledAt: null });
    expect(
      await getPrisma().accountChangeRequest.findUniqueOrThrow({ where: { id: request.id } }),
    ).toMatchObject({ status: "APPROVED", decidedById: actors.otherAdmin.id });
    expect(await auditRows({ event: "account-change.approved", entityId: String(created.id) })).toHaveLength(
      1,
    );
    expect((await notes(actors.admin.id)).at(-1)?.text).toContain("approved");
    expect((await notes(created.id)).at(-1)?.text).toContain("approved");
    // Decided once: a second decision changes nothing.
    await expect(
      decideAccountChange({ actor: actors.chair, input: { id: request.id, decision: "refuse" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("an administrator account is created at once, with no request", async () => {
    const created = await newAccount("Second Admin", "ADMIN");
    expect(created.pending).toBe(false);
    expect((await reloadUser(created.id)).disabledAt).toBeNull();
    expect(await getPrisma().accountChangeRequest.count({ where: { userId: created.id } })).toBe(0);
  });
});

describe("promoting an account to a case role", () => {
  it("keeps the old role until the chair approves, then ends the user's sessions", async () => {
    const user = await makeUser("INVESTIGATOR", { npuId: ref.npu.id });
    const result = await changeUserRole({
      actor: actors.admin,
      input: { id: user.id, version: 1, role: "CHAIR", npuId: null, providerId: null },
    });
    expect(result).toMatchObject({ pending: true });
    expect(await reloadUser(user.id)).toMatchObject({
      role: "INVESTIGATOR",
      sessionVersion: user.sessionVersion,
    });
    // A second request of the same kind waits for the first.
    await expect(
      changeUserRole({
        actor: actors.admin,
        input: { id: user.id, version: 1, role: "ANALYST", npuId: null, providerId: null },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const request = await pendingFor(user.id);
    await decideAccountChange({ actor: actors.chair, input: { id: request.id, decision: "approve" } });
    expect(await reloadUser(user.id)).toMatchObject({
      role: "CHAIR",
      npuId: null,
      sessionVersion: user.sessionVersion + 1,
    });
  });

  it("a refused role changes nothing, and the owner of an account cannot approve its own change", async () => {
    const self = await makeActor("CHAIR");
    const other = await makeUser("PARTNER", { providerId: ref.provider.id });
    await changeUserRole({
      actor: actors.admin,
      input: { id: other.id, version: 1, role: "ANALYST", npuId: null, providerId: null },
    });
    await decideAccountChange({
      actor: actors.chair,
      input: { id: (await pendingFor(other.id)).id, decision: "refuse" },
    });
    expect(await reloadUser(other.id)).toMatchObject({ role: "PARTNER", providerId: ref.provider.id });
    expect(await auditRows({ event: "account-change.refused", entityId: String(other.id) })).toHaveLength(1);

    await resetUserPassword({
      actor: actors.admin,
      input: { id: self.user.id, version: 1, method: "generate", password: "" },
    });
    const own = await pendingFor(self.user.id);
    await expect(
      decideAccountChange({ actor: self.actor, input: { id: own.id, decision: "approve" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: USER_RULE_MESSAGES.ownAccount });
  });

  it("refuses roles without accounts.approve", async () => {
    const user = await makeUser("INVESTIGATOR", { npuId: ref.npu.id });
    await changeUserRole({
      actor: actors.admin,
      input: { id: user.id, version: 1, role: "ANALYST", npuId: null, providerId: null },
    });
    const request = await pendingFor(user.id);
    for (const role of ["ANALYST", "INVESTIGATOR", "PARTNER"] as const) {
      const { actor } = await makeActor(role, role === "PARTNER" ? { providerId: ref.provider.id } : {});
      await expect(
        decideAccountChange({ actor, input: { id: request.id, decision: "approve" } }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(listAccountChangeRequests({ actor })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await reloadUser(user.id)).role).toBe("INVESTIGATOR");
  });
});

describe("passwords set by an administrator", () => {
  it("on a case-role account: nothing changes until approved; then it must be changed at first sign-in", async () => {
    const user = await makeUser("INVESTIGATOR", { npuId: ref.npu.id });
    const { temporaryPassword, pending } = await resetUserPassword({
      actor: actors.admin,
      input: { id: user.id, version: 1, method: "generate", password: "" },
    });
    expect(pending).toBe(true);
    expect(await reloadUser(user.id)).toMatchObject({ passwordHash: null, mustChangePassword: false });
    const request = await pendingFor(user.id);
    expect(request.kind).toBe("PASSWORD");

    await decideAccountChange({ actor: actors.otherAdmin, input: { id: request.id, decision: "approve" } });
    const after = await reloadUser(user.id);
    expect(after.mustChangePassword).toBe(true);
    expect(await verifyPassword(after.passwordHash!, temporaryPassword!)).toBe(true);
    expect(
      (await getPrisma().accountChangeRequest.findUniqueOrThrow({ where: { id: request.id } })).passwordHash,
    ).toBeNull();
    for (const row of await auditRows({ entityType: "user", entityId: String(user.id) })) {
      expect(JSON.stringify(row.changes)).not.toContain(temporaryPassword!);
      expect(JSON.stringify(row.changes)).not.toContain("$argon2");
    }

    // The owner replaces it: the current one is needed, and the flag clears.
    const owner = actorOf(after);
    await expect(
      changeOwnPassword({
        actor: owner,
        input: { current: "wrong password!", password: "three random words", confirm: "three random words" },
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await changeOwnPassword({
      actor: owner,
      input: { current: temporaryPassword!, password: "three random words", confirm: "three random words" },
    });
    const changed = await reloadUser(user.id);
    expect(changed.mustChangePassword).toBe(false);
    expect(await verifyPassword(changed.passwordHash!, "three random words")).toBe(true);
    expect(await auditRows({ event: "user.password-changed", entityId: String(user.id) })).toHaveLength(1);
  });

  it("on an administrator account: set at once, and must still be changed at first sign-in", async () => {
    const user = await makeUser("ADMIN", { name: "Admin Pw", password: "old password 123" });
    const result = await resetUserPassword({
      actor: actors.admin,
      input: { id: user.id, version: 1, method: "set", password: "a typed temporary one" },
    });
    expect(result.pending).toBe(false);
    const after = await reloadUser(user.id);
    expect(after.mustChangePassword).toBe(true);
    expect(await verifyPassword(after.passwordHash!, "a typed temporary one")).toBe(true);
  });
});
