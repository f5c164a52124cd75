import { describe, expect, it } from "vitest";
import {
  needsTouch,
  newClaims,
  parseClaims,
  remainingSeconds,
  sessionKeyOf,
  sessionState,
  touched,
} from "./session-claims";

const limits = { idleMinutes: 30, maxHours: 12 };
const t0 = Date.UTC(2024, 0, 1, 9, 0, 0);
const min = 60_000;

describe("session rules", () => {
  it("is active within the idle timeout and the absolute lifetime", () => {
    expect(sessionState(newClaims(1, 1, t0), t0 + 29 * min, limits)).toBe("active");
  });

  it("goes idle after SESSION_IDLE_MINUTES without a request", () => {
    expect(sessionState(newClaims(1, 1, t0), t0 + 30 * min, limits)).toBe("idle");
  });

  it("slides: a touch keeps it alive, but never past SESSION_MAX_HOURS", () => {
    let claims = newClaims(1, 1, t0);
    for (let t = t0; t < t0 + 12 * 60 * min; t += 20 * min) {
      expect(sessionState(claims, t, limits)).toBe("active");
      claims = touched(claims, t);
    }
    expect(sessionState(claims, t0 + 12 * 60 * min, limits)).toBe("expired");
  });

  it("touches at most once a minute", () => {
    const claims = newClaims(1, 1, t0);
    expect(needsTouch(claims, t0 + 59_999)).toBe(false);
    expect(needsTouch(claims, t0 + min)).toBe(true);
  });

  it("refuses claims dated in the future", () => {
    expect(sessionState(newClaims(1, 1, t0 + 10 * min), t0, limits)).toBe("expired");
  });

  it("gives the remaining absolute lifetime in seconds", () => {
    expect(remainingSeconds(newClaims(1, 1, t0), t0 + 60 * min, limits)).toBe(11 * 3600);
    expect(remainingSeconds(newClaims(1, 1, t0), t0 + 13 * 60 * min, limits)).toBe(0);
  });

  it("keeps one session key per sign-in", () => {
    const claims = newClaims(1, 1, t0);
    expect(sessionKeyOf(touched(claims, t0 + 5 * min))).toBe(sessionKeyOf(claims));
    expect(sessionKeyOf(newClaims(1, 1, t0 + 1))).not.toBe(sessionKeyOf(claims));
    expect(sessionKeyOf(newClaims(1, 2, t0))).not.toBe(sessionKeyOf(claims));
  });

  it("parses only well-formed claims", () => {
    const sessionId = "a".repeat(32);
    expect(
      parseClaims({ userId: 1, sessionVersion: 1, sessionId, issuedAt: t0, lastSeen: t0, jti: "x" }),
    ).toEqual(newClaims(1, 1, t0, sessionId));
    // Issue 13 item 4: a cookie must name its server-side session, or signing out cannot end it.
    expect(parseClaims({ userId: 1, sessionVersion: 1, issuedAt: t0, lastSeen: t0 })).toBeNull();
    expect(
      parseClaims({ userId: 1, sessionVersion: 1, sessionId: "../x", issuedAt: t0, lastSeen: t0 }),
    ).toBeNull();
    expect(parseClaims({ userId: "1", sessionVersion: 1, issuedAt: t0, lastSeen: t0 })).toBeNull();
    expect(parseClaims({ sub: "1", name: "x" })).toBeNull();
    expect(parseClaims(null)).toBeNull();
  });
});
