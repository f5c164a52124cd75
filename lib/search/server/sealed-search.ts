import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";

// Why: the header search was a GET form, so what was typed (most often a person's name) stood in
// the page's address: in the browser history of a shared workstation and in the access log of any
// proxy in front of the app, outside the audit log's controls. The form now posts (app/search/run),
// and the results page's address carries the terms sealed: AES-256-GCM under a key derived from
// AUTH_SECRET (the same on every instance), bound to the user who searched. Back, reload and a
// bookmark still work for that user; an address or a log line tells nobody what was searched.

/** What the box may send: more than the search reads (lib/search/query.ts cuts at 100 and says so). */
export const MAX_SEALED_TEXT = 200;

const IV_BYTES = 12;
const TAG_BYTES = 16;

function key(): Buffer {
  const secret = getEnv().AUTH_SECRET;
  if (!secret)
    throw new Error("AUTH_SECRET is not set (at least 32 random characters; the same on every instance).");
  return Buffer.from(hkdfSync("sha256", secret, "captiva-guardian", "search-terms", 32));
}

/** The terms as an opaque URL-safe token only `userId` can open. */
export function sealSearch(userId: number, text: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const body = Buffer.concat([cipher.update(text.slice(0, MAX_SEALED_TEXT), "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The terms, or null for a token that is not this user's, was altered, or is not a token at all. */
export function openSealedSearch(userId: number, token: unknown): string | null {
  if (typeof token !== "string" || token.length > 1_000 || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
  const raw = Buffer.from(token, "base64url");
  if (raw.length < IV_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(`user:${userId}`));
    decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES));
    const text = Buffer.concat([
      decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return text.toString("utf8");
  } catch {
    return null;
  }
}
