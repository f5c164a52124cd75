import { createDecipheriv, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";

// Opening the session cookie without deriving its key on every request (issue 15: next-auth's
// `decode` runs HKDF on each call, twice a request since proxy.ts and get-actor both read the
// cookie; about 3% of the server's CPU under load). The cookie is what next-auth's `encode` writes:
// a compact JWE, `alg: "dir"`, `enc: "A256GCM"`, whose key is HKDF-SHA256 of AUTH_SECRET with an
// empty salt and next-auth's info string. Here that key is derived once per secret and kept, and
// the token is opened with Node's AES-256-GCM; the claim checks are those next-auth's `decode`
// asks jose for (exp and nbf with 15 s of tolerance, iat a number). Anything else is refused:
// another header (zip, crit, another algorithm), a tag that is not 16 bytes, a segment that is not
// base64url. Writing the cookie stays with next-auth's `encode` (once a minute per user at most).

const INFO = "NextAuth.js Generated Encryption Key";
const CLOCK_TOLERANCE_SECONDS = 15;
const SEGMENT = /^[A-Za-z0-9_-]*$/;

let derived: { secret: string; key: KeyObject } | undefined;

/** next-auth's encryption key for `secret`, derived once and kept while the secret stays the same. */
export function sessionEncryptionKey(secret: string): KeyObject {
  if (derived?.secret !== secret) {
    const bytes = hkdfSync("sha256", Buffer.from(secret, "utf8"), Buffer.alloc(0), INFO, 32);
    derived = { secret, key: createSecretKey(Buffer.from(bytes)) };
  }
  return derived.key;
}

/** The token's payload, or null for anything that is not an intact, unexpired token under `secret`. */
export function openSessionJwe(
  token: string,
  secret: string,
  nowSeconds = Math.floor(Date.now() / 1000),
): unknown {
  const parts = token.split(".");
  if (parts.length !== 5 || parts.some((part) => !SEGMENT.test(part))) return null;
  const [protectedHeader, encryptedKey, ivPart, ciphertext, tagPart] = parts as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (encryptedKey !== "" || !isOurHeader(protectedHeader)) return null;
  const iv = Buffer.from(ivPart, "base64url");
  const tag = Buffer.from(tagPart, "base64url");
  if (iv.length !== 12 || tag.length !== 16) return null;
  let plaintext: string;
  try {
    const decipher = createDecipheriv("aes-256-gcm", sessionEncryptionKey(secret), iv, { authTagLength: 16 });
    decipher.setAAD(Buffer.from(protectedHeader, "ascii"));
    decipher.setAuthTag(tag);
    plaintext = Buffer.concat([
      decipher.update(Buffer.from(ciphertext, "base64url")),
      decipher.final(),
    ]).toString("utf8");
  } catch {
    return null; // the tag does not match: tampered, or sealed under another secret
  }
  const payload = parseObject(plaintext);
  return payload && claimTimesHold(payload, nowSeconds) ? payload : null;
}

function isOurHeader(segment: string): boolean {
  const header = parseObject(Buffer.from(segment, "base64url").toString("utf8"));
  if (!header) return false;
  const keys = Object.keys(header);
  return keys.length === 2 && header.alg === "dir" && header.enc === "A256GCM";
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

function claimTimesHold(payload: Record<string, unknown>, now: number): boolean {
  const { exp, nbf, iat } = payload;
  if (iat !== undefined && typeof iat !== "number") return false;
  if (exp !== undefined && (typeof exp !== "number" || exp <= now - CLOCK_TOLERANCE_SECONDS)) return false;
  if (nbf !== undefined && (typeof nbf !== "number" || nbf > now + CLOCK_TOLERANCE_SECONDS)) return false;
  return true;
}
