import type { NextRequest } from "next/server";
import {
  checkSessionCookie,
  decodeSessionToken,
  getSessionSettings,
  sessionCookieOptions,
} from "@/lib/auth/session-cookie";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getEnv } from "@/lib/env";
import { anonymousActor } from "@/lib/audit/events";
import { writeStandaloneAudit } from "@/lib/audit/server/write-standalone-audit";
import { pathOf, seeOther, siteUrl } from "@/lib/http/see-other";

// Where a request with an unusable session lands (proxy.ts for a bad, idle or expired cookie;
// requireActor when the database refused it): audit why, clear the cookie, show sign-in. A GET with
// side effects on purpose — it only ever removes the caller's own cookie.

export async function GET(request: NextRequest): Promise<Response> {
  const settings = getSessionSettings();
  const value = request.cookies.get(settings.cookieName)?.value;
  const check = await checkSessionCookie(value, settings);

  // "active" claims were refused by get-actor against the database, which audited the reason.
  if (check.state === "invalid" || check.state === "idle" || check.state === "expired") {
    const claims = value ? await decodeSessionToken(value, settings) : null;
    await writeStandaloneAudit({
      event: "auth.session-rejected",
      actor: anonymousActor(clientAddressFrom(request.headers)),
      entity: claims ? { type: "user", id: claims.userId } : undefined,
      detail: { reason: check.state },
    });
  }

  const target = siteUrl("/sign-in");
  const callbackUrl = safeCallbackPath(request.nextUrl.searchParams.get("callbackUrl"), getEnv().AUTH_URL);
  if (callbackUrl !== "/") target.searchParams.set("callbackUrl", callbackUrl);
  if (check.state !== "none") target.searchParams.set("ended", check.state === "idle" ? "idle" : "1");

  const response = seeOther(pathOf(target));
  response.cookies.set(settings.cookieName, "", { ...sessionCookieOptions(settings.secure), maxAge: 0 });
  response.headers.set("Cache-Control", "no-store");
  return response;
}
