// Security headers set by proxy.ts on every response. Pure functions, so they can be unit-tested
// and so the policy is readable in one place.

export type CspOptions = { nonce: string; development: boolean; https: boolean; tileOrigin?: string | null };

/**
 * A strict, nonce-based policy. Next.js reads the nonce back from this header (on the request)
 * and puts it on its own scripts; the root layout puts it on the govuk-frontend-supported snippet.
 * 'strict-dynamic' lets those scripts load the chunks they need. React needs 'unsafe-eval' only
 * in development (for its debugging stacks).
 */
export function contentSecurityPolicy({ nonce, development, https, tileOrigin }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Development's error overlay injects unnonced styles; production needs only the stylesheet
    // and Next's nonced inline styles.
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // Issue 17: the force's own map tile server, only when MAP_TILE_URL configures one.
    `img-src 'self' data:${tileOrigin ? ` ${tileOrigin}` : ""}`,
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "browsing-topics=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
].join(", ");

/** Headers for every response, whatever it is (page, API answer, redirect, error). */
export function securityHeaders({ https }: { https: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Cross-Origin-Opener-Policy": "same-origin",
    // Only over HTTPS: over plain HTTP the header is ignored, and setting it on a development
    // machine's localhost would pin that browser to HTTPS for every local app.
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}

/** 128 random bits, base64: unguessable and fresh for every request. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether the browser reached us over HTTPS. Behind a TLS-terminating proxy the app sees plain
 * HTTP, so the proxy's X-Forwarded-Proto (first hop) decides.
 */
export function arrivedOverHttps(forwardedProto: string | null, urlProtocol: string): boolean {
  const first = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  if (first) return first === "https";
  return urlProtocol === "https:";
}
