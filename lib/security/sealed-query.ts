import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { getEnv } from "@/lib/env";
import {
  isSealedPath,
  SEALED_FIELDS,
  SEALED_PARAM,
  sealFields,
  type SealedPath,
} from "@/lib/security/sealed-fields";

// Why: the header search and the add-a-person search were GET forms, so what was typed (a person's
// name, a date of birth) stood in the page's address: in the browser history of a shared
// workstation and in the access log of any proxy in front of the app, outside the audit log's
// controls. Those forms now post (app/search/run), and the page's address carries its query sealed:
// AES-256-GCM under a key derived from AUTH_SECRET (the same on every instance), bound to the user.
// Back, reload and bookmarks still work for that user; an address or a log line tells nobody anything.

/** What a sealed query may hold: more than any of these forms sends, small enough for a URL. */
export const MAX_SEALED_FIELDS = 16;
export const MAX_SEALED_VALUE = 120;
export const MAX_TOKEN = 12_000;
export { SEALED_PARAM };

const IV_BYTES = 12;
const TAG_BYTES = 16;

function key(): Buffer {
  const secret = getEnv().AUTH_SECRET;
  if (!secret)
    throw new Error("AUTH_SECRET is not set (at least 32 random characters; the same on every instance).");
  return Buffer.from(hkdfSync("sha256", secret, "captiva-guardian", "sealed-query", 32));
}

/** A query string as an opaque URL-safe token only `userId` can open. */
export function sealQuery(userId: number, query: URLSearchParams): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(`user:${userId}`));
  const text = query.toString();
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]).toString("base64url");
}

/** The query, or null for a token that is not this user's, was altered, or is not a token at all. */
export function openSealedQuery(userId: number, token: unknown): URLSearchParams | null {
  if (typeof token !== "string" || token.length > MAX_TOKEN || !/^[A-Za-z0-9_-]+$/.test(token)) return null;
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
    return new URLSearchParams(text.toString("utf8"));
  } catch {
    return null;
  }
}

type Query = Record<string, string | string[] | undefined>;

/**
 * A page's query with its sealed part opened, plus the plain parameters the page names (a page
 * number, `create=1`): a typed-in field sent in plain text (an old link, a crafted one) is ignored,
 * so no search ever runs from an address that shows what it searched. `foreign` when a token was
 * sent that this user cannot open.
 */
export function readSealedQuery(
  userId: number,
  query: Query,
  plain: readonly string[] = [],
): { query: Record<string, string>; foreign: boolean; sealed: boolean } {
  const kept: Record<string, string> = {};
  for (const key of plain) {
    const value = query[key];
    if (typeof value === "string") kept[key] = value;
  }
  const token = query[SEALED_PARAM];
  if (token === undefined) return { query: kept, foreign: false, sealed: false };
  const opened = openSealedQuery(userId, token);
  if (!opened) return { query: kept, foreign: true, sealed: false };
  return { query: { ...Object.fromEntries(opened), ...kept }, foreign: false, sealed: true };
}

/**
 * A list page's query (lib/security/sealed-fields.ts): its sealed fields only from the token (the
 * same fields sent plain, from an old or crafted link, are ignored), its other filters as sent, and
 * a token of the sealed fields' values for the page's links (undefined when none holds text).
 */
export function readSealedFields(
  userId: number,
  query: Query,
  path: SealedPath,
): { params: Query; token: string | undefined; foreign: boolean } {
  const fields: readonly string[] = SEALED_FIELDS[path];
  const params: Query = {};
  for (const [key, value] of Object.entries(query))
    if (key !== SEALED_PARAM && !fields.includes(key)) params[key] = value;
  let foreign = false;
  if (query[SEALED_PARAM] !== undefined) {
    const opened = openSealedQuery(userId, query[SEALED_PARAM]);
    if (!opened) foreign = true;
    else
      for (const field of fields) {
        const value = opened.get(field);
        if (value) params[field] = value;
      }
  }
  const held = new URLSearchParams();
  for (const field of fields) {
    const value = params[field];
    if (typeof value === "string" && value.trim() !== "") held.set(field, value);
  }
  return { params, token: held.size > 0 ? sealQuery(userId, held) : undefined, foreign };
}

/** `href` with its list's sealed fields (if its path has any) sealed to the user. */
export function sealHref(userId: number, href: string): string {
  const at = href.indexOf("?");
  const path = at < 0 ? href : href.slice(0, at);
  if (at < 0 || !isSealedPath(path)) return href;
  const params = new URLSearchParams(href.slice(at + 1));
  const held = new URLSearchParams();
  for (const field of SEALED_FIELDS[path] as readonly string[]) {
    const value = params.get(field);
    if (value && value.trim() !== "") held.set(field, value);
  }
  sealFields(params, path, held.size > 0 ? sealQuery(userId, held) : "");
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
