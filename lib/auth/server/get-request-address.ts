import "server-only";
import { headers } from "next/headers";
import { clientAddressFrom } from "@/lib/auth/client-address";

/** The client's address for audit rows and throttling; null outside a request (scripts, tests). */
export async function getRequestAddress(): Promise<string | null> {
  try {
    return clientAddressFrom(await headers());
  } catch {
    return null;
  }
}
