import type { NextRequest } from "next/server";
import { getEnv } from "@/lib/env";

/**
 * Whether the request's Origin is another site: neither this host nor a TRUSTED_ORIGINS entry (a
 * load balancer's, say). null when the request carries no Origin header. proxy.ts (server actions)
 * and isCrossSite (route handlers) decide on it.
 */
export function hasForeignOrigin(request: NextRequest): boolean | null {
  const origin = request.headers.get("origin");
  if (!origin) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true;
  }
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const trusted = getEnv()
    .TRUSTED_ORIGINS.split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  return originHost !== host && !trusted.includes(originHost);
}

/**
 * Route handlers get none of Next's server-action origin checks: a POST with a foreign Origin (or,
 * without Origin, that the browser marks cross-site) comes from another site and is refused.
 */
export function isCrossSite(request: NextRequest): boolean {
  return hasForeignOrigin(request) ?? request.headers.get("sec-fetch-site") === "cross-site";
}
