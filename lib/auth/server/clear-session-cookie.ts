import "server-only";
import { cookies } from "next/headers";
import { getSessionSettings, sessionCookieOptions } from "@/lib/auth/session-cookie";

/**
 * Removes the session cookie (server actions and route handlers only). Overwrites it with the same
 * name, path and flags rather than cookies().delete(): browsers ignore a `__Host-` cookie set
 * without Secure, so a bare delete would leave the session in place.
 */
export async function clearSessionCookie(): Promise<void> {
  const settings = getSessionSettings();
  const store = await cookies();
  store.set(settings.cookieName, "", { ...sessionCookieOptions(settings.secure), maxAge: 0 });
  // next-auth splits tokens over 4 kB into .0, .1, …; ours are small, but clear any leftovers.
  for (const { name } of store.getAll()) {
    if (name.startsWith(`${settings.cookieName}.`))
      store.set(name, "", { ...sessionCookieOptions(settings.secure), maxAge: 0 });
  }
}
