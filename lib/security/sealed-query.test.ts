import { beforeAll, describe, expect, it } from "vitest";
import { setEnvForProcess } from "@/lib/env";
import { openSealedQuery, readSealedQuery, SEALED_PARAM, sealQuery } from "./sealed-query";

const SECRET = "a-test-secret-of-at-least-thirty-two-chars";
beforeAll(() => setEnvForProcess("AUTH_SECRET", SECRET));

const q = (fields: Record<string, string>) => new URLSearchParams(fields);

describe("sealed queries", () => {
  it("open for the user who searched, and the token does not show what was searched", () => {
    const token = sealQuery(7, q({ q: "Mockridge James" }));
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(token.toLowerCase()).not.toContain("mockridge");
    expect(Buffer.from(token, "base64url").toString("latin1")).not.toContain("Mockridge");
    expect(openSealedQuery(7, token)?.get("q")).toBe("Mockridge James");
  });

  it("give nothing to another user, an altered token or a non-token", () => {
    const token = sealQuery(7, q({ q: "Mockridge" }));
    expect(openSealedQuery(8, token)).toBeNull();
    const flipped = token.slice(0, 20) + (token[20] === "A" ? "B" : "A") + token.slice(21);
    expect(openSealedQuery(7, flipped)).toBeNull();
    for (const bad of ["", "abc", "%00", "a".repeat(20_000), ["x"], 42, "\u0000\uD800"])
      expect(openSealedQuery(7, bad)).toBeNull();
  });

  it("seal the same query differently each time (nothing to compare across log lines)", () => {
    expect(sealQuery(7, q({ q: "Smith" }))).not.toBe(sealQuery(7, q({ q: "Smith" })));
  });

  it("keep NUL bytes and emoji as typed, for the page to judge", () => {
    expect(openSealedQuery(7, sealQuery(7, q({ q: "a\u0000b 😀" })))?.get("q")).toBe("a\u0000b 😀");
  });

  it("open under the same secret after a restart, not under another", () => {
    const token = sealQuery(7, q({ q: "Smith" }));
    setEnvForProcess("AUTH_SECRET", "another-secret-of-at-least-thirty-two-chars");
    expect(openSealedQuery(7, token)).toBeNull();
    setEnvForProcess("AUTH_SECRET", SECRET);
    expect(openSealedQuery(7, token)?.get("q")).toBe("Smith");
  });

  it("ignore typed-in fields sent in plain text, and keep only the plain flags a page names", () => {
    const token = sealQuery(7, q({ surname: "Mockridge", year: "2008" }));
    expect(readSealedQuery(7, { surname: "Plain", create: "1", page: "2" }, ["create"])).toEqual({
      query: { create: "1" },
      foreign: false,
      sealed: false,
    });
    expect(readSealedQuery(7, { [SEALED_PARAM]: token, surname: "Plain", create: "1" }, ["create"])).toEqual({
      query: { surname: "Mockridge", year: "2008", create: "1" },
      foreign: false,
      sealed: true,
    });
    expect(readSealedQuery(8, { [SEALED_PARAM]: token }, [])).toEqual({
      query: {},
      foreign: true,
      sealed: false,
    });
  });
});
