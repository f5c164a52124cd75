import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { REQUEST_PATH_HEADER, requestPathFrom } from "@/lib/auth/request-path";

/** The client's address for audit rows and throttling; null outside a request (scripts, tests). */
export async function getRequestAddress(): Promise<string | null> {
  try {
    return clientAddressFrom(await headers());
  } catch {
    return null;
  }
}

/**
 * `{ path }`: the request's path as the proxy saw it (lib/auth/request-path.ts), for a refusal's
 * audit row to name the page or the page an action was sent from; `{}` outside a request.
 */
export async function requestPathDetail(): Promise<{ path?: string }> {
  try {
    const path = requestPathFrom((await headers()).get(REQUEST_PATH_HEADER));
    return path ? { path } : {};
  } catch {
    return {};
  }
}
