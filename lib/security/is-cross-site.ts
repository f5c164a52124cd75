import type { NextRequest } from "next/server";
import { getEnv } from "@/lib/env";

/**
 * Route handlers get none of Next's server-action origin checks: a POST whose Origin is neither
 * this host nor a trusted one (TRUSTED_ORIGINS) is refused by the caller.
 */
export function isCrossSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "cross-site";
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
