import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { setEnvForProcess } from "@/lib/env";
import { getPrisma } from "@/lib/db/server/prisma";
import { matchOidcUser } from "@/lib/auth/server/match-oidc-user";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  (globalThis as { captivaPrisma?: unknown }).captivaPrisma = undefined;
  setEnvForProcess("DATABASE_URL", db.url);
  await getPrisma().user.createMany({
    data: [
      { email: "sso.user@force.example", name: "SSO User", role: "CHAIR" },
      { email: "gone@force.example", name: "Gone", role: "ANALYST", disabledAt: new Date() },
    ],
  });
});
afterAll(async () => {
  await getPrisma().$disconnect();
  await db.drop();
});

const reason = async () =>
  ((await getPrisma().auditEvent.findFirst({ where: { event: "auth.sign-in-failed" }, orderBy: { id: "desc" } }))?.changes as {
    detail: { reason: string };
  }).detail.reason;

describe("matchOidcUser", () => {
  it("matches an existing, enabled user by verified email (standard claim or Entra's xms_edov)", async () => {
    const a = await matchOidcUser({ claims: { sub: "x", email: "SSO.User@force.example", email_verified: true }, address: null });
    const b = await matchOidcUser({ claims: { sub: "x", email: "sso.user@force.example", xms_edov: "1" }, address: null });
    expect(a).toMatchObject({ email: "sso.user@force.example", sessionVersion: 1 });
    expect(b).toEqual(a);
    const signIn = await getPrisma().auditEvent.findFirst({ where: { event: "auth.sign-in" }, orderBy: { id: "desc" } });
    expect(signIn).toMatchObject({ actorId: a!.id, changes: { detail: { method: "oidc" } } });
  });

  it("never creates an account and refuses unverified, unknown or disabled identities", async () => {
    const before = await getPrisma().user.count();
    expect(await matchOidcUser({ claims: { email: "sso.user@force.example" }, address: null })).toBeNull();
    expect(await reason()).toBe("email-not-verified");
    expect(await matchOidcUser({ claims: { email: "new.person@force.example", email_verified: true }, address: null })).toBeNull();
    expect(await reason()).toBe("unknown-account");
    expect(await matchOidcUser({ claims: { email: "gone@force.example", email_verified: true }, address: null })).toBeNull();
    expect(await reason()).toBe("disabled");
    expect(await matchOidcUser({ claims: { sub: "only-a-sub" }, address: null })).toBeNull();
    expect(await reason()).toBe("no-email");
    expect(await getPrisma().user.count()).toBe(before);
  });
});
