import { describe, expect, it } from "vitest";
import {
  checkSessionCookie,
  decodeSessionToken,
  encodeSessionToken,
  sessionCookieName,
  type SessionSettings,
} from "./session-cookie";
import { newClaims } from "./session-claims";

const settings: SessionSettings = {
  secret: "x".repeat(40),
  secure: false,
  cookieName: sessionCookieName(false),
  idleMinutes: 30,
  maxHours: 12,
  maxAgeSeconds: 12 * 3600,
};
const now = Date.now();

describe("session cookie", () => {
  it("names the cookie with __Host- over https and plainly over http", () => {
    expect(sessionCookieName(true)).toBe("__Host-captiva.session");
    expect(sessionCookieName(false)).toBe("captiva.session");
  });

  it("round-trips the claims and nothing else", async () => {
    const token = await encodeSessionToken(newClaims(4, 2, now), settings);
    expect(await decodeSessionToken(token, settings)).toEqual(newClaims(4, 2, now));
  });

  it("refuses a tampered token, a token under another secret and junk", async () => {
    const token = await encodeSessionToken(newClaims(4, 2, now), settings);
    const flipped = token.slice(0, -6) + (token.at(-6) === "A" ? "B" : "A") + token.slice(-5);
    expect(await decodeSessionToken(flipped, settings)).toBeNull();
    expect(await decodeSessionToken(token, { ...settings, secret: "y".repeat(40) })).toBeNull();
    expect(await decodeSessionToken("not-a-jwt", settings)).toBeNull();
    expect((await checkSessionCookie("not-a-jwt", settings)).state).toBe("invalid");
    expect((await checkSessionCookie(undefined, settings)).state).toBe("none");
  });

  it("reports idle and expired sessions", async () => {
    const idle = { ...newClaims(1, 1, now - 60 * 60_000), lastSeen: now - 31 * 60_000 };
    expect((await checkSessionCookie(await encodeSessionToken(idle, settings), settings, now)).state).toBe(
      "idle",
    );
    const old = { ...newClaims(1, 1, now - 13 * 3600_000), lastSeen: now - 60_000 };
    expect((await checkSessionCookie(await encodeSessionToken(old, settings), settings, now)).state).toBe(
      "expired",
    );
  });

  it("refreshes lastSeen at most once a minute, keeping the absolute lifetime", async () => {
    const fresh = await encodeSessionToken(newClaims(1, 1, now - 30_000), settings);
    const unchanged = await checkSessionCookie(fresh, settings, now);
    expect(unchanged).toMatchObject({ state: "active", refreshed: null });

    const stale = await encodeSessionToken(newClaims(1, 1, now - 5 * 60_000), settings);
    const check = await checkSessionCookie(stale, settings, now);
    if (check.state !== "active" || !check.refreshed) throw new Error("expected a refresh");
    expect(check.claims).toEqual({ ...newClaims(1, 1, now - 5 * 60_000), lastSeen: now });
    expect(check.refreshed.maxAge).toBe(12 * 3600 - 5 * 60);
    expect(await decodeSessionToken(check.refreshed.value, settings)).toEqual(check.claims);
  });
});
