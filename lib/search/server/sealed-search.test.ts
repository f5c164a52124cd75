import { beforeAll, describe, expect, it } from "vitest";
import { setEnvForProcess } from "@/lib/env";
import { MAX_SEALED_TEXT, openSealedSearch, sealSearch } from "./sealed-search";

beforeAll(() => setEnvForProcess("AUTH_SECRET", "a-test-secret-of-at-least-thirty-two-chars"));

describe("sealed search terms", () => {
  it("opens for the user who searched, and the token does not show the terms", () => {
    const token = sealSearch(7, "Mockridge James");
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token.toLowerCase()).not.toContain("mockridge");
    expect(Buffer.from(token, "base64url").toString("latin1")).not.toContain("Mockridge");
    expect(openSealedSearch(7, token)).toBe("Mockridge James");
  });

  it("gives nothing to another user, an altered token or a non-token", () => {
    const token = sealSearch(7, "Mockridge");
    expect(openSealedSearch(8, token)).toBeNull();
    const flipped = token.slice(0, 20) + (token[20] === "A" ? "B" : "A") + token.slice(21);
    expect(openSealedSearch(7, flipped)).toBeNull();
    for (const bad of ["", "abc", "%00", "a".repeat(5_000), ["x"], 42, "\u0000\uD800"])
      expect(openSealedSearch(7, bad)).toBeNull();
  });

  it("seals the same text differently each time (nothing to compare across log lines)", () => {
    expect(sealSearch(7, "Smith")).not.toBe(sealSearch(7, "Smith"));
  });

  it("keeps NUL bytes and emoji as typed for the search to judge, and cuts over-long text", () => {
    expect(openSealedSearch(7, sealSearch(7, "a\u0000b 😀"))).toBe("a\u0000b 😀");
    expect(openSealedSearch(7, sealSearch(7, "x".repeat(5_000)))).toHaveLength(MAX_SEALED_TEXT);
  });

  it("opens under the same secret after a restart, not under another", () => {
    const token = sealSearch(7, "Smith");
    setEnvForProcess("AUTH_SECRET", "another-secret-of-at-least-thirty-two-chars");
    expect(openSealedSearch(7, token)).toBeNull();
    setEnvForProcess("AUTH_SECRET", "a-test-secret-of-at-least-thirty-two-chars");
    expect(openSealedSearch(7, token)).toBe("Smith");
  });
});
