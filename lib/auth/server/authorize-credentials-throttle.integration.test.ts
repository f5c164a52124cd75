import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { auditFor, PASSWORD, withSignInAccounts } from "@/lib/testing/sign-in-accounts";
import { authorizeCredentials } from "@/lib/auth/server/authorize-credentials";

// Sign-in throttling: per account (known or not), per address, since the last success, and under
// parallel guesses. The sign-in itself: authorize-credentials.integration.test.ts.

withTestDatabase();
const { newUser, address, unique } = withSignInAccounts();

describe("authorizeCredentials throttling", () => {
  it("throttles an account after 5 failures in 15 minutes, from any address, until the window passes", async () => {
    const user = await newUser();
    const t0 = new Date(Date.now() - 60 * 60_000);
    for (let i = 0; i < 5; i++) {
      const r = await authorizeCredentials({
        email: user.email,
        password: "wrong",
        address: address(),
        now: new Date(t0.getTime() + i * 1000),
      });
      expect(r).toEqual({ ok: false, code: "SIGN_IN_FAILED" });
    }
    const sixth = await authorizeCredentials({
      email: user.email,
      password: PASSWORD,
      address: address(),
      now: new Date(t0.getTime() + 10_000),
    });
    expect(sixth).toEqual({ ok: false, code: "RATE_LIMITED" });
    expect((await auditFor("auth.sign-in-throttled")).at(-1)?.changes).toMatchObject({
      detail: { email: user.email, by: "account" },
    });

    const later = await authorizeCredentials({
      email: user.email,
      password: PASSWORD,
      address: address(),
      now: new Date(t0.getTime() + 16 * 60_000),
    });
    expect(later.ok).toBe(true);
  });

  it("throttles an unknown account exactly like a real one", async () => {
    const email = `ghost${unique()}@captiva.test`;
    for (let i = 0; i < 5; i++) await authorizeCredentials({ email, password: "wrong", address: address() });
    expect(await authorizeCredentials({ email, password: "wrong", address: address() })).toEqual({
      ok: false,
      code: "RATE_LIMITED",
    });
  });

  it("counts account failures only since the last success", async () => {
    const user = await newUser();
    const at = (s: number) => new Date(Date.now() - 10 * 60_000 + s * 1000);
    for (let i = 0; i < 4; i++)
      await authorizeCredentials({ email: user.email, password: "wrong", address: address(), now: at(i) });
    expect(
      (await authorizeCredentials({ email: user.email, password: PASSWORD, address: address(), now: at(5) }))
        .ok,
    ).toBe(true);
    for (let i = 0; i < 4; i++)
      await authorizeCredentials({
        email: user.email,
        password: "wrong",
        address: address(),
        now: at(10 + i),
      });
    expect(
      (await authorizeCredentials({ email: user.email, password: PASSWORD, address: address(), now: at(20) }))
        .ok,
    ).toBe(true);
  });

  it("throttles an address after 20 failures in 15 minutes, whatever the account", async () => {
    const from = "203.0.113.77";
    for (let i = 0; i < 20; i++) {
      await authorizeCredentials({
        email: `spray${i}-${unique()}@captiva.test`,
        password: "wrong",
        address: from,
      });
    }
    const user = await newUser();
    expect(await authorizeCredentials({ email: user.email, password: PASSWORD, address: from })).toEqual({
      ok: false,
      code: "RATE_LIMITED",
    });
    expect((await auditFor("auth.sign-in-throttled")).at(-1)?.changes).toMatchObject({
      detail: { by: "address" },
    });
    // The same account from elsewhere is unaffected.
    expect(
      (await authorizeCredentials({ email: user.email, password: PASSWORD, address: "203.0.113.78" })).ok,
    ).toBe(true);
  });

  it("holds the account limit under parallel guesses", async () => {
    const user = await newUser();
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        authorizeCredentials({ email: user.email, password: "wrong", address: address() }),
      ),
    );
    expect(results.filter((r) => !r.ok && r.code === "SIGN_IN_FAILED")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.code === "RATE_LIMITED")).toHaveLength(3);
  });

  // Issue 13 item 1: accounts were matched with ILIKE, where "_" and "%" are wildcards.
});
