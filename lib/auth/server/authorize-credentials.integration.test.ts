import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { auditFor, PASSWORD, withSignInAccounts } from "@/lib/testing/sign-in-accounts";
import { getPrisma } from "@/lib/db/server/prisma";
import { ERROR_MESSAGES } from "@/lib/errors";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";
import { authorizeCredentials } from "@/lib/auth/server/authorize-credentials";

// Signing in with a password: the answers, the audit rows, odd input. Throttling:
// authorize-credentials-throttle.integration.test.ts.

withTestDatabase();
const accounts = withSignInAccounts();
const { newUser, address } = accounts;

describe("authorizeCredentials", () => {
  it("signs in with the right password, records the attempt and audits it", async () => {
    const user = await newUser();
    const result = await authorizeCredentials({
      email: ` ${user.email.toUpperCase()} `,
      password: PASSWORD,
      address: "192.0.2.10",
    });
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, name: user.name, email: user.email, sessionVersion: 1 },
    });

    const attempt = await getPrisma().signInAttempt.findFirst({
      where: { email: user.email },
      orderBy: { id: "desc" },
    });
    expect(attempt).toMatchObject({ succeeded: true, address: "192.0.2.10" });
    expect(
      (await getPrisma().user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt,
    ).not.toBeNull();
    const audit = (await auditFor("auth.sign-in")).at(-1);
    expect(audit).toMatchObject({
      actorId: user.id,
      category: "SECURITY",
      entityType: "user",
      entityId: String(user.id),
      address: "192.0.2.10",
    });
    expect(audit?.hash).not.toBe(""); // chained by the database trigger
  });

  it("refuses a wrong password and an unknown account with the same answer", async () => {
    const user = await newUser();
    const wrong = await authorizeCredentials({ email: user.email, password: "nope", address: address() });
    const unknown = await authorizeCredentials({
      email: "nobody@captiva.test",
      password: PASSWORD,
      address: address(),
    });
    expect(wrong).toEqual({ ok: false, code: "SIGN_IN_FAILED" });
    expect(unknown).toEqual(wrong);
    expect(signInErrorMessage(wrong.ok ? null : wrong.code)).toBe(ERROR_MESSAGES.SIGN_IN_FAILED);

    const failures = await auditFor("auth.sign-in-failed");
    const reasons = failures.map(
      (row) => (row.changes as { detail: { email: string; reason: string } }).detail,
    );
    expect(reasons).toEqual(
      expect.arrayContaining([
        { email: user.email, reason: "wrong-password" },
        { email: "nobody@captiva.test", reason: "unknown-account" },
      ]),
    );
    expect(failures.every((row) => row.actorId === null)).toBe(true);
  });

  it("refuses a disabled account even with the right password", async () => {
    const user = await newUser({ disabledAt: new Date() });
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD, address: address() })).toEqual(
      {
        ok: false,
        code: "SIGN_IN_FAILED",
      },
    );
    const row = (await auditFor("auth.sign-in-failed")).at(-1);
    expect(row?.changes).toMatchObject({ detail: { reason: "disabled" } });
    expect(await getPrisma().signInAttempt.count({ where: { email: user.email, succeeded: true } })).toBe(0);
  });

  it("refuses malformed and over-long input cleanly, and audits it", async () => {
    const tooLong = await authorizeCredentials({
      email: `${"a".repeat(300)}@captiva.test`,
      password: PASSWORD,
      address: address(),
    });
    const notText = await authorizeCredentials({ email: { $ne: null }, password: ["x"], address: address() });
    expect(tooLong).toEqual({ ok: false, code: "SIGN_IN_FAILED" });
    expect(notText).toEqual({ ok: false, code: "SIGN_IN_FAILED" });
    expect((await auditFor("auth.sign-in-failed")).at(-1)?.changes).toMatchObject({
      detail: { reason: "malformed" },
    });
  });

  it("matches the email exactly: wildcard spellings with the chair's password are refused", async () => {
    const chair = await getPrisma().user.create({
      data: {
        email: "chair@captiva.example",
        name: "Chair",
        role: "CHAIR",
        passwordHash: accounts.passwordHash,
      },
    });
    for (const email of [
      "chai_@captiva.example",
      "%@captiva.example",
      "c%@captiva.example",
      "_hair@captiva.example",
    ]) {
      expect(await authorizeCredentials({ email, password: PASSWORD, address: address() })).toEqual({
        ok: false,
        code: "SIGN_IN_FAILED",
      });
      const row = (await auditFor("auth.sign-in-failed")).at(-1);
      const { detail } = row?.changes as { detail: { email: string; reason: string } };
      expect(detail.email).toBe(email);
      expect(["unknown-account", "malformed"]).toContain(detail.reason); // z.email refuses some spellings first
      expect(row?.entityId ?? "").toBe(""); // no account was resolved
    }
    expect(
      await getPrisma().signInAttempt.count({
        where: { succeeded: true, email: { contains: "captiva.example" } },
      }),
    ).toBe(0);
    expect((await getPrisma().user.findUniqueOrThrow({ where: { id: chair.id } })).lastSignInAt).toBeNull();
    // The real address, typed in any case, still works.
    expect(
      (
        await authorizeCredentials({
          email: " CHAIR@Captiva.Example ",
          password: PASSWORD,
          address: address(),
        })
      ).ok,
    ).toBe(true);
  });

  it("stores emails normalised: the database refuses an upper-case or padded email", async () => {
    await expect(
      getPrisma().user.create({ data: { email: "Mixed.Case@captiva.test", name: "Mixed", role: "ANALYST" } }),
    ).rejects.toThrow();
    await expect(
      getPrisma().user.create({ data: { email: " pad@captiva.test", name: "Pad", role: "ANALYST" } }),
    ).rejects.toThrow();
    expect(await getPrisma().user.count({ where: { name: { in: ["Mixed", "Pad"] } } })).toBe(0);
  });

  it("counts failures per resolved account as well as per typed email", async () => {
    const user = await newUser();
    const since = new Date(Date.now() - 5 * 60_000);
    // Failures recorded against the account under other typed spellings (e.g. before normalisation).
    await getPrisma().signInAttempt.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({
        email: `other-spelling-${i}`,
        userId: user.id,
        address: address(),
        succeeded: false,
        createdAt: since,
      })),
    });
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD, address: address() })).toEqual(
      { ok: false, code: "RATE_LIMITED" },
    );
    expect((await auditFor("auth.sign-in-throttled")).at(-1)?.changes).toMatchObject({
      detail: { email: user.email, by: "account" },
    });
    // A failure through the real form records the account it resolved to.
    const other = await newUser();
    await authorizeCredentials({ email: other.email.toUpperCase(), password: "wrong", address: address() });
    expect(
      await getPrisma().signInAttempt.findFirst({ where: { email: other.email }, orderBy: { id: "desc" } }),
    ).toMatchObject({ userId: other.id });
  });

  // Issue 13 item 6: a NUL byte reached PostgreSQL and its error reached the visitor.
  it("refuses input with a NUL byte as an ordinary failure, without a database error", async () => {
    const user = await newUser();
    const result = await authorizeCredentials({
      email: `${user.email}\u0000`,
      password: `${PASSWORD}\u0000`,
      address: address(),
    });
    expect(result).toEqual({ ok: false, code: "SIGN_IN_FAILED" });
    expect((await auditFor("auth.sign-in-failed")).at(-1)?.changes).toMatchObject({
      detail: { reason: "malformed" },
    });
  });
});
