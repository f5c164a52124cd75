import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { makeUser, withTestDatabase } from "@/lib/testing/admin-fixtures";
import {
  setRequestCookie,
  setSessionCookie,
  signIn,
  signOutRequest,
  TEST_CLIENT_ADDRESS,
} from "@/lib/testing/request";
import { statementsOf } from "@/lib/testing/sql-statements";
import { getPrisma } from "@/lib/db/server/prisma";
import { encodeSessionToken, getSessionSettings } from "@/lib/auth/session-cookie";
import { newClaims, sessionKeyOf } from "@/lib/auth/session-claims";
import { startUserSession } from "@/lib/auth/server/user-sessions";
import { permissionsFor } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/server/get-actor";
import { CHANGE_PASSWORD_PATH, requireActor } from "@/lib/auth/server/require-actor";
import { signOutEverywhere } from "@/lib/auth/server/sign-out-everywhere";
import { recordSignOut } from "@/lib/auth/server/record-sign-out";

// The request's cookies and headers are the only thing faked: next/headers has no request outside
// Next. The session cookie is a real next-auth token and the database is a real PostgreSQL.
vi.mock("next/headers", () => import("@/lib/testing/request"));

withTestDatabase();
beforeEach(signOutRequest);

const lastRejection = async () =>
  (
    await getPrisma().auditEvent.findFirst({
      where: { event: "auth.session-rejected" },
      orderBy: { id: "desc" },
    })
  )?.changes;

describe("getActor", () => {
  it("is null without a cookie", async () => {
    expect(await getActor()).toBeNull();
  });

  it("rebuilds the actor from the database", async () => {
    const user = await makeUser("INVESTIGATOR");
    const claims = await startUserSession({ id: user.id, sessionVersion: 1 }, { now: Date.now() });
    await setSessionCookie(claims);
    expect(await getActor()).toEqual({
      id: user.id,
      name: user.name,
      email: user.email,
      role: "INVESTIGATOR",
      npuId: null,
      providerId: null,
      permissions: permissionsFor("INVESTIGATOR"),
      sessionKey: sessionKeyOf(claims),
      address: TEST_CLIENT_ADDRESS,
    });
  });

  it("refuses a disabled account on its next request, and audits it", async () => {
    const user = await makeUser("ANALYST");
    await signIn(user);
    expect(await getActor()).not.toBeNull();
    await getPrisma().user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getActor()).toBeNull();
    expect(await lastRejection()).toEqual({ detail: { reason: "disabled" } });
  });

  it("refuses sessions issued before 'sign out everywhere'", async () => {
    const user = await makeUser("ANALYST");
    await signIn(user);
    const actor = await getActor();
    await signOutEverywhere({ actor: actor! });
    expect(await getActor()).toBeNull();
    expect(await lastRejection()).toEqual({ detail: { reason: "session-version" } });
    const audit = await getPrisma().auditEvent.findFirst({
      where: { event: "auth.sign-out-everywhere" },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      actorId: user.id,
      changes: { fields: { sessionVersion: { from: 1, to: 2 } } },
    });
  });

  it("refuses a session after a role change that bumps the session version", async () => {
    const user = await makeUser("ANALYST");
    await signIn(user);
    await getPrisma().user.update({
      where: { id: user.id },
      data: { role: "PARTNER", sessionVersion: { increment: 1 } },
    });
    expect(await getActor()).toBeNull();
  });

  it("never trusts the cookie for the role: a role change ends the session, and the next one has the new role", async () => {
    const user = await makeUser("ANALYST");
    await signIn(user);
    await getPrisma().user.update({ where: { id: user.id }, data: { role: "PARTNER" } });
    // The database bumps sessionVersion on a role change (migration *_user_session_bump).
    expect(await getActor()).toBeNull();
    await setSessionCookie(await startUserSession({ id: user.id, sessionVersion: 2 }, { now: Date.now() }));
    const actor = await getActor();
    expect(actor?.role).toBe("PARTNER");
    expect(actor?.permissions).not.toContain("intel.read");
  });

  it("refuses a tampered cookie, an idle session and an expired one", async () => {
    const user = await makeUser("ANALYST");
    const settings = getSessionSettings();
    const token = await encodeSessionToken(
      await startUserSession({ id: user.id, sessionVersion: 1 }, { now: Date.now() }),
      settings,
    );
    setRequestCookie(settings.cookieName, token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA"));
    expect(await getActor()).toBeNull();
    expect(await lastRejection()).toEqual({ detail: { reason: "invalid" } });

    const now = Date.now();
    await setSessionCookie({
      ...(await startUserSession({ id: user.id, sessionVersion: 1 }, { now: now - 2 * 3600_000 })),
      lastSeen: now - 31 * 60_000,
    });
    expect(await getActor()).toBeNull();
    expect(await lastRejection()).toEqual({ detail: { reason: "idle" } });

    await setSessionCookie({
      ...(await startUserSession({ id: user.id, sessionVersion: 1 }, { now: now - 13 * 3600_000 })),
      lastSeen: now - 60_000,
    });
    expect(await getActor()).toBeNull();
    expect(await lastRejection()).toEqual({ detail: { reason: "expired" } });
  });

  it("refuses a session for an account that does not exist", async () => {
    await setSessionCookie(newClaims(999_999, 1, Date.now()));
    expect(await getActor()).toBeNull();
    expect(await lastRejection()).toEqual({ detail: { reason: "unknown-user" } });
  });

  // Issue 13 item 4: signing out cleared the browser's cookie only; a copy kept working.
  it("signing out revokes that session on the server; the user's other sessions stay signed in", async () => {
    const user = await makeUser("ANALYST");
    const laptop = await startUserSession({ id: user.id, sessionVersion: 1 });
    const phone = await startUserSession({ id: user.id, sessionVersion: 1 });
    expect(laptop.sessionId).not.toBe(phone.sessionId);

    await setSessionCookie(laptop);
    expect((await getActor())?.id).toBe(user.id);
    await recordSignOut({ claims: laptop, address: TEST_CLIENT_ADDRESS, via: "sign-out" });

    // The same cookie (a copy of it) is refused from now on, and the refusal is audited.
    await setSessionCookie(laptop);
    expect(await getActor()).toBeNull();
    expect(await lastRejection()).toEqual({ detail: { reason: "session-revoked" } });
    expect(
      await getPrisma().userSession.findUniqueOrThrow({ where: { id: laptop.sessionId } }),
    ).toMatchObject({ revokedAt: expect.any(Date) });
    const audit = await getPrisma().auditEvent.findFirst({
      where: { event: "auth.sign-out" },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      actorId: user.id,
      address: TEST_CLIENT_ADDRESS,
      changes: { detail: { via: "sign-out", revoked: true } },
    });

    // The other device is untouched.
    await setSessionCookie(phone);
    expect((await getActor())?.id).toBe(user.id);
  });

  it("refuses a cookie whose session was never recorded, or names another user's session", async () => {
    const user = await makeUser("ANALYST");
    const other = await makeUser("ANALYST");
    await setSessionCookie(newClaims(user.id, 1, Date.now(), "made-up-session-id-0123456789"));
    expect(await getActor()).toBeNull();
    expect(await lastRejection()).toEqual({ detail: { reason: "session-revoked" } });

    const othersSession = await startUserSession({ id: other.id, sessionVersion: 1 });
    await setSessionCookie({ ...othersSession, userId: user.id });
    expect(await getActor()).toBeNull();
    // Revoking needs the matching user too: one user cannot sign another out.
    await recordSignOut({
      claims: { userId: user.id, sessionId: othersSession.sessionId },
      address: null,
      via: "sign-out",
    });
    await setSessionCookie(othersSession);
    expect((await getActor())?.id).toBe(other.id);
  });

  it("a new sign-in drops the user's session rows past the absolute lifetime", async () => {
    const user = await makeUser("ANALYST");
    const old = await startUserSession(
      { id: user.id, sessionVersion: 1 },
      { now: Date.now() - 13 * 3600_000 },
    );
    const recent = await startUserSession({ id: user.id, sessionVersion: 1 }, { now: Date.now() - 3600_000 });
    await startUserSession({ id: user.id, sessionVersion: 1 });
    const ids = (
      await getPrisma().userSession.findMany({ where: { userId: user.id }, select: { id: true } })
    ).map((r) => r.id);
    expect(ids).not.toContain(old.sessionId);
    expect(ids).toContain(recent.sessionId);
    expect(ids).toHaveLength(2);
  });
});

// Issue 15: every page asks for the actor, so its cost is paid on every request. It was three
// statements (the user, this sign-in's row, and requireActor's must-change-password flag); it is one.
describe("requireActor", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads the signed-in user, its session and its password flag in one statement", async () => {
    const user = await makeUser("ANALYST");
    await signIn(user);
    expect(await statementsOf(() => requireActor())).toHaveLength(1);
    expect((await requireActor()).id).toBe(user.id);
  });

  it("sends an account whose password an administrator set to change it, on its next request", async () => {
    const user = await makeUser("INVESTIGATOR");
    await signIn(user);
    expect((await requireActor()).id).toBe(user.id);
    await getPrisma().user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    await expect(requireActor()).rejects.toMatchObject({
      digest: expect.stringContaining(`NEXT_REDIRECT;replace;${CHANGE_PASSWORD_PATH};`),
    });
    // the page that replaces it opens, and nothing else until it is replaced
    expect((await requireActor({ passwordChange: true })).id).toBe(user.id);
    await getPrisma().user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    expect((await requireActor()).id).toBe(user.id);
  });

  it("still refuses a revoked or disabled session in that one statement", async () => {
    const user = await makeUser("ANALYST");
    const claims = await startUserSession({ id: user.id, sessionVersion: 1 });
    await setSessionCookie(claims);
    await recordSignOut({ claims, address: TEST_CLIENT_ADDRESS, via: "sign-out" });
    await expect(requireActor()).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(await lastRejection()).toEqual({ detail: { reason: "session-revoked" } });
  });
});
