// Where to send someone after signing in (the `callbackUrl` parameter). Client-safe: no imports.
//
// A prefix check is not enough: "/\t/evil.example" starts with "/" and not "//", but browsers drop
// tabs and newlines from URLs and treat "\" as "/", so it navigates to //evil.example. So: refuse
// control characters and backslashes anywhere (raw or percent-encoded), parse the value against
// the app's origin, require the same origin, and return the path as parsed — what was checked is
// exactly what the redirect sends.

/** Any stand-in works for relative values; absolute ones must match the app's own origin. */
const PLACEHOLDER_ORIGIN = "http://app.invalid";
const FALLBACK = "/";
const MAX_LENGTH = 2000;
// Raw C0 controls, DEL and backslash; or the same percent-encoded (including double encoding).
const FORBIDDEN = /[\u0000-\u001f\u007f\\]|%(25)*(0[0-9a-f]|1[0-9a-f]|7f|5c)/i;
// Sign-in pages and next-auth's endpoints never make sense after signing in.
const NOT_AFTER_SIGN_IN = /^\/(sign-in|auth|api\/auth)(\/|\?|#|$)/;

export function safeCallbackPath(value: unknown, appOrigin: string = PLACEHOLDER_ORIGIN): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return FALLBACK;
  if (FORBIDDEN.test(value)) return FALLBACK;
  let origin: string;
  let url: URL;
  try {
    origin = new URL(appOrigin).origin;
    // Only a path, or an absolute URL on our own origin; "//host" is a scheme-relative URL.
    if (!value.startsWith("/") && !value.startsWith(`${origin}/`)) return FALLBACK;
    if (value.startsWith("//")) return FALLBACK;
    url = new URL(value, origin);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== origin) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || NOT_AFTER_SIGN_IN.test(path)) return FALLBACK;
  return path;
}
