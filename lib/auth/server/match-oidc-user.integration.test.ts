import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { matchOidcUser } from "@/lib/auth/server/match-oidc-user";

const ISSUER = "https://login.force.example/tenant/v2.0";

withTestDatabase();
beforeAll(async () => {
  await getPrisma().user.createMany({
    data: [
      { email: "sso.user@force.example", name: "SSO User", role: "CHAIR" },
      { email: "gone@force.example", name: "Gone", role: "ANALYST", disabledAt: new Date() },
    ],
  });
});

const reason = async () =>
  (
    (
      await getPrisma().auditEvent.findFirst({
        where: { event: "auth.sign-in-failed" },
        orderBy: { id: "desc" },
      })
    )?.changes as {
      detail: { reason: string };
    }
  ).detail.reason;

describe("matchOidcUser", () => {
  it("matches an existing, enabled user by verified email (standard claim or Entra's xms_edov)", async () => {
    const a = await matchOidcUser({
      claims: { iss: ISSUER, sub: "x", email: "SSO.User@force.example", email_verified: true },
      address: null,
    });
    const b = await matchOidcUser({
      claims: { iss: ISSUER, sub: "x", email: "sso.user@force.example", xms_edov: "1" },
      address: null,
    });
    expect(a).toMatchObject({ email: "sso.user@force.example", sessionVersion: 1 });
    expect(b).toEqual(a);
    const signIn = await getPrisma().auditEvent.findFirst({
      where: { event: "auth.sign-in" },
      orderBy: { id: "desc" },
    });
    expect(signIn).toMatchObject({ actorId: a!.id, changes: { detail: { method: "oidc" } } });
  });

  it("never creates an account and refuses unverified, unknown or disabled identities", async () => {
    const before = await getPrisma().user.count();
    for (const [claims, refused] of [
      [{ iss: ISSUER, sub: "y", email: "sso.user@force.example" }, "email-not-verified"],
      [{ iss: ISSUER, sub: "z", email: "new.person@force.example", email_verified: true }, "unknown-account"],
      [{ iss: ISSUER, sub: "g", email: "gone@force.example", email_verified: true }, "disabled"],
      [{ iss: ISSUER, sub: "only-a-sub" }, "no-email"],
    ] as const) {
      expect(await matchOidcUser({ claims, address: null }), refused).toBeNull();
      expect(await reason()).toBe(refused);
    }
    expect(await getPrisma().user.count()).toBe(before);
  });

  // Issue 13 item 8: the IdP's email was matched with ILIKE ("_", "%" wildcards), on every sign-in.
  it("matches the email exactly, never as a pattern", async () => {
    for (const email of ["sso.use_@force.example", "%@force.example", "sso%"]) {
      expect(
        await matchOidcUser({
          claims: { iss: ISSUER, sub: `w-${email}`, email, email_verified: true },
          address: null,
        }),
      ).toBeNull();
      expect(await reason()).toBe("unknown-account");
    }
  });

  it("binds the account to the IdP's iss + sub on first sign-in and matches on that afterwards", async () => {
    const user = await getPrisma().user.create({
      data: { email: "bind.me@force.example", name: "Bind Me", role: "ANALYST" },
    });
    const first = await matchOidcUser({
      claims: { iss: ISSUER, sub: "sub-123", email: "bind.me@force.example", email_verified: true },
      address: null,
    });
    expect(first).toMatchObject({ id: user.id });
    expect(await getPrisma().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      oidcIssuer: ISSUER,
      oidcSubject: "sub-123",
    });

    // Afterwards the subject decides, even when the IdP now sends another (unregistered) email.
    const renamed = await matchOidcUser({
      claims: { iss: ISSUER, sub: "sub-123", email: "b.me@force.example", email_verified: true },
      address: null,
    });
    expect(renamed).toMatchObject({ id: user.id });

    // Another subject presenting the bound email is refused: the account belongs to sub-123.
    const impostor = await matchOidcUser({
      claims: { iss: ISSUER, sub: "sub-999", email: "bind.me@force.example", email_verified: true },
      address: null,
    });
    expect(impostor).toBeNull();
    expect(await reason()).toBe("bound-to-another-subject");
    // So is the same subject from another issuer.
    expect(
      await matchOidcUser({
        claims: {
          iss: "https://other.example",
          sub: "sub-123",
          email: "bind.me@force.example",
          email_verified: true,
        },
        address: null,
      }),
    ).toBeNull();
    expect(await getPrisma().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      oidcIssuer: ISSUER,
      oidcSubject: "sub-123",
    });
  });

  it("refuses an identity without iss or sub", async () => {
    await getPrisma().user.create({
      data: { email: "no.sub@force.example", name: "No Sub", role: "ANALYST" },
    });
    expect(
      await matchOidcUser({
        claims: { iss: ISSUER, email: "no.sub@force.example", email_verified: true },
        address: null,
      }),
    ).toBeNull();
    expect(await reason()).toBe("no-subject");
  });
});
