import { createCipheriv, randomBytes } from "node:crypto";
import { decode, encode } from "next-auth/jwt";
import { describe, expect, it, vi } from "vitest";

// The session cookie is written by next-auth's `encode` and opened by openSessionJwe: every token
// next-auth accepts must open the same, and everything it refuses must be refused (the cases
// below are run through both). Key derivation must happen once per secret, not per call.

const hkdfCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("node:crypto", async (importOriginal) => {
  const crypto = await importOriginal<typeof import("node:crypto")>();
  const hkdfSync: typeof crypto.hkdfSync = (...args) => {
    hkdfCalls.count++;
    return crypto.hkdfSync(...args);
  };
  return { ...crypto, hkdfSync, default: { ...crypto, hkdfSync } };
});

const { openSessionJwe, sessionEncryptionKey } = await import("./session-jwe");

const secret = "s".repeat(40);
const claims = { userId: 7, sessionVersion: 2, sessionId: "a".repeat(24), issuedAt: 1, lastSeen: 2 };
const b64 = (value: Buffer | string) => Buffer.from(value).toString("base64url");

/** A JWE sealed with next-auth's key as `encode` would, but with a header and payload of our choosing. */
function seal(header: object, payload: object, key = sessionEncryptionKey(secret)): string {
  const protectedHeader = b64(JSON.stringify(header));
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(protectedHeader, "ascii"));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(payload), "utf8"), cipher.final()]);
  return [protectedHeader, "", b64(iv), b64(ciphertext), b64(cipher.getAuthTag())].join(".");
}

/** next-auth's verdict: the payload, or null where its decode throws. */
async function nextAuthOpens(token: string, key = secret): Promise<unknown> {
  try {
    return await decode({ token, secret: key });
  } catch {
    return null;
  }
}

const now = () => Math.floor(Date.now() / 1000);
const header = { alg: "dir", enc: "A256GCM" };

describe("openSessionJwe", () => {
  it("opens what next-auth's encode wrote, as next-auth's decode does", async () => {
    const token = await encode({ token: claims, secret, maxAge: 3600 });
    const opened = openSessionJwe(token, secret);
    expect(opened).toMatchObject(claims);
    expect(opened).toEqual(await decode({ token, secret }));
  });

  it("derives the key once per secret, not per call", async () => {
    const token = await encode({ token: claims, secret, maxAge: 3600 });
    openSessionJwe(token, secret);
    const before = hkdfCalls.count;
    for (let i = 0; i < 5; i++) expect(openSessionJwe(token, secret)).not.toBeNull();
    expect(hkdfCalls.count).toBe(before);
    // a new secret is derived (and the old token no longer opens under it)
    expect(openSessionJwe(token, "t".repeat(40))).toBeNull();
    expect(hkdfCalls.count).toBe(before + 1);
  });

  it("refuses everything next-auth refuses", async () => {
    const token = await encode({ token: claims, secret, maxAge: 3600 });
    const parts = token.split(".");
    const flip = (segment: string) => (segment[0] === "A" ? "B" : "A") + segment.slice(1);
    const refused: [string, string, string?][] = [
      ["another secret", token, "t".repeat(40)],
      ...[0, 2, 3, 4].map((i): [string, string] => [
        `segment ${i} altered`,
        parts.map((p, j) => (j === i ? flip(p) : p)).join("."),
      ]),
      ["a truncated tag", [...parts.slice(0, 4), parts[4]!.slice(0, 8)].join(".")],
      ["four segments", parts.slice(0, 4).join(".")],
      ["junk", "not-a-jwt"],
      ["expired past the tolerance", seal(header, { ...claims, exp: now() - 16 })],
      ["not yet valid", seal(header, { ...claims, nbf: now() + 60, exp: now() + 3600 })],
      ["iat not a number", seal(header, { ...claims, iat: "today", exp: now() + 3600 })],
      ["a payload that is not an object", seal(header, [1, 2])],
      ["another algorithm in the header", seal({ alg: "dir", enc: "A128GCM" }, claims)],
    ];
    for (const [label, bad, key = secret] of refused) {
      expect(await nextAuthOpens(bad, key), label).toBeNull();
      expect(openSessionJwe(bad, key), label).toBeNull();
    }
  });

  it("accepts what next-auth accepts at the edges of the clock tolerance", async () => {
    const justExpired = seal(header, { ...claims, exp: now() - 10 });
    expect(await nextAuthOpens(justExpired)).not.toBeNull();
    expect(openSessionJwe(justExpired, secret)).toMatchObject(claims);
  });

  it("refuses headers next-auth never writes (compression, critical extensions) and an encrypted key", () => {
    expect(openSessionJwe(seal({ ...header, zip: "DEF" }, claims), secret)).toBeNull();
    expect(openSessionJwe(seal({ ...header, crit: ["x"], x: 1 }, claims), secret)).toBeNull();
    const withKey = seal(header, claims).split(".");
    withKey[1] = b64("key");
    expect(openSessionJwe(withKey.join("."), secret)).toBeNull();
    expect(openSessionJwe(seal(header, claims), secret)).toMatchObject(claims);
  });
});
