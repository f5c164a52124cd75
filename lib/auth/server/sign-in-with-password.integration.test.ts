import { beforeAll, describe, expect, it, vi } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { sessionCookie, TEST_CLIENT_ADDRESS } from "@/lib/testing/request";
import { setEnvForProcess } from "@/lib/env";
import { getPrisma } from "@/lib/db/server/prisma";
import { ERROR_MESSAGES } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/password";
import { decodeSessionToken, getSessionSettings } from "@/lib/auth/session-cookie";
import { INITIAL_SIGN_IN_STATE } from "@/lib/auth/sign-in-state";
import { signInWithPassword } from "@/lib/auth/server/sign-in-with-password";

// The sign-in form's server side (signInAction). Only the request's cookies and headers are faked.
vi.mock("next/headers", () => import("@/lib/testing/request"));

const PASSWORD = "Correct-horse-7";

const db = withTestDatabase();
beforeAll(async () => {
  await getPrisma().user.create({
    data: {
      email: "form.user@captiva.test",
      name: "Form User",
      role: "ANALYST",
      passwordHash: await hashPassword(PASSWORD),
    },
  });
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe("signInWithPassword", () => {
  it("signs in: records a session, sets its cookie and returns a safe path", async () => {
    const outcome = await signInWithPassword(
      form({ email: "Form.User@captiva.test", password: PASSWORD, callbackUrl: "/%09/evil.example" }),
      INITIAL_SIGN_IN_STATE,
    );
    expect(outcome).toEqual({ ok: true, redirectTo: "/" });
    const settings = getSessionSettings();
    const claims = await decodeSessionToken(sessionCookie()!, settings);
    expect(
      await getPrisma().userSession.findUniqueOrThrow({ where: { id: claims!.sessionId } }),
    ).toMatchObject({ revokedAt: null });
    const attempt = await getPrisma().signInAttempt.findFirst({ orderBy: { id: "desc" } });
    expect(attempt).toMatchObject({
      email: "form.user@captiva.test",
      address: TEST_CLIENT_ADDRESS,
      succeeded: true,
    });
  });

  it("answers a wrong password with the plain message, keeps the email, never the password", async () => {
    const outcome = await signInWithPassword(
      form({ email: "form.user@captiva.test", password: "wrong" }),
      INITIAL_SIGN_IN_STATE,
    );
    expect(outcome).toEqual({
      ok: false,
      state: {
        error: ERROR_MESSAGES.SIGN_IN_FAILED,
        fieldErrors: {},
        email: "form.user@captiva.test",
        attempt: 1,
      },
    });
  });

  it("answers NUL bytes as bad input, not a database error", async () => {
    const outcome = await signInWithPassword(
      form({ email: "form.user@captiva.test\u0000", password: `x\u0000` }),
      INITIAL_SIGN_IN_STATE,
    );
    expect(outcome.ok).toBe(false);
    const text = JSON.stringify(outcome);
    expect(text).not.toMatch(/prisma|byte sequence|0x00|invocation/i);
  });

  // Issue 13 item 6: "Can't reach database server at 127.0.0.1:…" was shown to anonymous visitors.
  it("shows one plain message when the database is down; the detail goes to the server log only", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const saved = (globalThis as { captivaPrisma?: unknown }).captivaPrisma;
    (globalThis as { captivaPrisma?: unknown }).captivaPrisma = undefined;
    setEnvForProcess("DATABASE_URL", "postgresql://nobody:none@127.0.0.1:1/none");
    try {
      const outcome = await signInWithPassword(
        form({ email: "form.user@captiva.test", password: PASSWORD }),
        INITIAL_SIGN_IN_STATE,
      );
      expect(outcome).toEqual({
        ok: false,
        state: {
          error: ERROR_MESSAGES.INTERNAL,
          fieldErrors: {},
          email: "form.user@captiva.test",
          attempt: 1,
        },
      });
      expect(JSON.stringify(outcome)).not.toMatch(/127\.0\.0\.1|reach|ECONNREFUSED|ingle sign-on/);
      expect(log).toHaveBeenCalled();
      expect(String(log.mock.calls[0]?.[0])).toContain("[sign-in]");
    } finally {
      await getPrisma()
        .$disconnect()
        .catch(() => {});
      (globalThis as { captivaPrisma?: unknown }).captivaPrisma = saved;
      setEnvForProcess("DATABASE_URL", db.url);
      log.mockRestore();
    }
  });
});
