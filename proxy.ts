import { NextResponse, type NextRequest } from "next/server";
import { getEnv, mapTileOrigin } from "@/lib/env";
import { hasForeignOrigin } from "@/lib/security/is-cross-site";
import { judgeUrl } from "@/lib/security/judge-url";
import { arrivedOverHttps, contentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { busyResponse, databaseQueueFull } from "@/lib/db/database-busy";
import {
  checkSessionCookie,
  getSessionSettings,
  sessionCookieOptions,
  type SessionCheck,
} from "@/lib/auth/session-cookie";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { REQUEST_PATH_HEADER } from "@/lib/auth/request-path";
import { recordRefusedRequest, type RefusalReason } from "@/lib/security/server/record-refused-request";

// Next 16's middleware. It does three things, in order:
// 1. refuses requests carrying `x-middleware-subrequest` (CVE-2025-29927 used it to skip
//    middleware; this Next version is patched, but no legitimate client ever sends it);
// 2. lets signed-in users (and anyone, for public paths) through and sends the rest to /sign-in;
// 3. sets the per-request CSP nonce and the security headers.
// Under overload (the database pool's wait queue at its bound) it answers 503 with Retry-After
// before any work is done, so waiting requests are served rather than all of them failing.
//
// It is only a first gate. Every page, server action and data function checks the session and
// the permission again: a matcher change or a proxy bypass must never expose anything.

export async function proxy(request: NextRequest) {
  const https = arrivedOverHttps(request.headers.get("x-forwarded-proto"), request.nextUrl.protocol);
  const { pathname } = request.nextUrl;

  if (request.headers.has("x-middleware-subrequest")) {
    return finish(refused(request, "middleware-subrequest-header"), { https, noStore: true });
  }
  if (isCrossOriginAction(request)) {
    return finish(refused(request, "cross-origin-action"), { https, noStore: true });
  }
  // Malformed %-encoding, NUL or lone surrogates, ids beyond Int: a 4xx here, never a 500 later.
  const verdict = judgeUrl(request.nextUrl.pathname, request.nextUrl.search);
  if (verdict) {
    const body = `<!doctype html><html lang="en"><head><title>${verdict.status === 404 ? "Page not found" : "Bad request"}</title></head><body><h1>${verdict.status === 404 ? "Page not found" : "Bad request"}</h1><p>${verdict.reason}</p></body></html>`;
    return finish(
      new NextResponse(body, {
        status: verdict.status,
        headers: { "Content-Type": "text/html; charset=utf-8" },
      }),
      { https, noStore: true },
    );
  }
  if (!isAlwaysServed(pathname) && databaseQueueFull()) {
    const busy = busyResponse(pathname.startsWith("/api/"));
    return finish(new NextResponse(busy.body, { status: busy.status, headers: busy.headers }), {
      https,
      noStore: true,
    });
  }

  const session = isPublicPath(pathname) ? null : await sessionOf(request);
  if (session && session.state !== "active") {
    if (pathname.startsWith("/api/")) {
      return finish(NextResponse.json({ error: "unauthenticated" }, { status: 401 }), {
        https,
        noStore: true,
      });
    }
    // No cookie: straight to sign-in. A bad, idle or expired cookie goes via /auth/session-ended,
    // which audits why and clears it.
    const target = new URL(session.state === "none" ? "/sign-in" : "/auth/session-ended", request.url);
    target.searchParams.set("callbackUrl", pathname + request.nextUrl.search);
    return finish(NextResponse.redirect(target, 303), { https, noStore: true });
  }

  const nonce = newNonce();
  const csp = contentSecurityPolicy({
    nonce,
    development: isDevelopment(),
    https,
    tileOrigin: mapTileOrigin(),
  });

  // Next.js takes the nonce from the request's CSP header; server components read `x-nonce`.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  // Always set, so a client's own x-captiva-path never reaches a page (lib/auth/request-path.ts).
  requestHeaders.set(REQUEST_PATH_HEADER, pathname);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (session?.state === "active" && session.refreshed) {
    // Sliding idle timeout: the cookie is re-issued at most once a minute.
    const settings = getSessionSettings();
    response.cookies.set(settings.cookieName, session.refreshed.value, {
      ...sessionCookieOptions(settings.secure),
      maxAge: session.refreshed.maxAge,
    });
  }
  return finish(response, { https, noStore: !isStaticAsset(pathname) });
}

export const config = {
  // Everything except Next's hashed build output and image optimiser, and the RMS extract upload:
  // a proxy makes Next buffer every request body before the proxy runs (issue 13 item 15), so the
  // framework's default limit holds everywhere and the upload, which must take up to 50 MB, is
  // left to its route handler, which checks the session before it reads a byte of the body.
  matcher: ["/((?!_next/static|_next/image|imports/upload$).*)"],
};

// ─── Sign-in gate ─────────────────────────────────────────────────────────────

/** Paths anyone may request without a session. Each entry also covers everything below it. */
const PUBLIC_PATHS = ["/sign-in", "/auth/session-ended", "/api/health", "/api/auth", "/assets", "/_next"];
const PUBLIC_FILES = new Set(["/favicon.ico", "/icon.svg", "/robots.txt"]);

function isPublicPath(pathname: string): boolean {
  if (PUBLIC_FILES.has(pathname)) return true;
  return PUBLIC_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Decrypts and checks the cookie's times only: no database here; get-actor decides per request. */
async function sessionOf(request: NextRequest): Promise<SessionCheck> {
  const settings = getSessionSettings();
  return checkSessionCookie(request.cookies.get(settings.cookieName)?.value, settings);
}

// ─── Refusals ─────────────────────────────────────────────────────────────────

const REFUSAL_STATUS: Record<RefusalReason, number> = {
  "middleware-subrequest-header": 400,
  "cross-origin-action": 403,
};

/**
 * Answers the refusal and audits it from here (proxy.ts runs in the server's Node.js runtime):
 * coalesced per client address and reason, so a flood of refusals cannot flood the log. There is
 * no public URL that writes these rows (issue 14).
 */
function refused(request: NextRequest, reason: RefusalReason): NextResponse {
  recordRefusedRequest({
    reason,
    method: request.method,
    path: request.nextUrl.pathname,
    origin: request.headers.get("origin"),
    address: clientAddressFrom(request.headers),
  });
  const status = REFUSAL_STATUS[reason];
  return NextResponse.json({ error: status === 403 ? "forbidden" : "bad request" }, { status });
}

/**
 * A server action posted from another site. Next.js refuses these too, but silently; refusing here
 * records the attempt. TRUSTED_ORIGINS lists extra hosts (a load balancer's) allowed to post.
 */
function isCrossOriginAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  // Browsers always send Origin on POST; without one, Next.js checks the rest.
  return hasForeignOrigin(request) ?? false;
}

// ─── Helpers ────────────────────────────────────────────────────────────────

function finish(
  response: NextResponse,
  { https, noStore }: { https: boolean; noStore: boolean },
): NextResponse {
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  // OFFICIAL-SENSITIVE pages must not be kept by browsers or shared caches.
  if (noStore) response.headers.set("Cache-Control", "no-store");
  return response;
}

/** Served even under overload: the probes (a balancer must see the instance alive) and static files. */
function isAlwaysServed(pathname: string): boolean {
  return isStaticAsset(pathname) || PUBLIC_FILES.has(pathname) || pathname.startsWith("/api/health/");
}

function isStaticAsset(pathname: string): boolean {
  return pathname.startsWith("/assets/") || pathname.startsWith("/_next/");
}

function isDevelopment(): boolean {
  try {
    return getEnv().NODE_ENV === "development";
  } catch {
    return false; // a bad setting elsewhere must not loosen the policy
  }
}
