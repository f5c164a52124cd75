import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { auditRows, makeActor, makeUser } from "@/lib/testing/admin-fixtures";
import { withUserAdmin, reloadUser } from "@/lib/testing/user-admin";
import { passwordProblem } from "@/lib/users/rules";
import { resetUserPassword } from "@/lib/users/server/reset-user-password";
import { signOutUserEverywhere } from "@/lib/users/server/sign-out-user-everywhere";

const { actors } = withUserAdmin();

/** The administrator resets this account's password, having seen `version`. */
const adminReset = (
  user: { id: number },
  input: { version: number; method: "generate" | "set"; password: string },
) => resetUserPassword({ actor: actors.admin, input: { id: user.id, ...input } });

describe("resetUserPassword", () => {
  it("generates a temporary password meeting the policy, returns it once, and ends the user's sessions", async () => {
    // An administrator account: set at once (a case-role account waits for approval, see
    // account-approval.integration.test.ts), and its owner must change it at first sign-in.
    const user = await makeUser("ADMIN");
    const result = await adminReset(user, { version: 1, method: "generate", password: "" });
    expect(result.temporaryPassword).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    expect(passwordProblem(result.temporaryPassword!)).toBeNull();
    const after = await reloadUser(user.id);
    expect(await verifyPassword(after.passwordHash!, result.temporaryPassword!)).toBe(true);
    expect(after).toMatchObject({
      sessionVersion: user.sessionVersion + 1,
      version: 2,
      mustChangePassword: true,
    });

    const [row] = await auditRows({ event: "user.password-reset", entityId: String(user.id) });
    expect(row?.changes).toEqual({
      fields: { sessionVersion: { from: user.sessionVersion, to: user.sessionVersion + 1 } },
      detail: { password: "generated" },
    });
    // Nowhere in the whole log: not the password, not its hash.
    const text = JSON.stringify(await auditRows(), (_key, value) =>
      typeof value === "bigint" ? value.toString() : value,
    );
    expect(text).not.toContain(result.temporaryPassword!);
    expect(text).not.toContain("argon2");
  });

  it("sets the admin's password when it meets the policy, and never returns it", async () => {
    const user = await makeUser("ADMIN");
    const result = await adminReset(user, { version: 1, method: "set", password: "three random words" });
    expect(result).toEqual({ id: user.id, version: 2, temporaryPassword: null, pending: false });
    expect(await verifyPassword((await reloadUser(user.id)).passwordHash!, "three random words")).toBe(true);

    await expect(adminReset(user, { version: 2, method: "set", password: "short" })).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { password: [expect.stringMatching(/12 characters/)] },
    });
    await expect(adminReset(user, { version: 1, method: "generate", password: "" })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await verifyPassword((await reloadUser(user.id)).passwordHash!, "three random words")).toBe(true);
  });

  it("is refused to a non-admin, and audited", async () => {
    const { actor: partner } = await makeActor("PARTNER");
    const user = await makeUser("ANALYST");
    await expect(
      resetUserPassword({
        actor: partner,
        input: { id: user.id, version: 1, method: "generate", password: "" },
      }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await reloadUser(user.id)).passwordHash).toBeNull();
    expect((await auditRows({ event: "access.refused", entityId: String(user.id) }))[0]).toMatchObject({
      actorId: partner.id,
    });
  });
});

describe("signOutUserEverywhere", () => {
  it("ends every session of the account and audits who did it", async () => {
    const user = await makeUser("INVESTIGATOR");
    await signOutUserEverywhere({ actor: actors.admin, id: user.id });
    expect((await reloadUser(user.id)).sessionVersion).toBe(user.sessionVersion + 1);
    const [row] = await auditRows({ event: "auth.sign-out-everywhere", entityId: String(user.id) });
    expect(row).toMatchObject({ actorId: actors.admin.id, changes: { detail: { by: "administrator" } } });
    await expect(signOutUserEverywhere({ actor: actors.admin, id: 999_999 })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("is refused to a non-admin", async () => {
    const { actor: investigator } = await makeActor("INVESTIGATOR");
    const user = await makeUser("ANALYST");
    await expect(signOutUserEverywhere({ actor: investigator, id: user.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await reloadUser(user.id)).sessionVersion).toBe(user.sessionVersion);
  });
});
