import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { encodeSessionToken, getSessionSettings } from "@/lib/auth/session-cookie";
import { startUserSession } from "@/lib/auth/server/user-sessions";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeUser } from "@/lib/testing/admin-fixtures";

// The request, for integration tests of actions and get-actor: next/headers has no request outside
// Next, so its cookies and headers are the only thing faked. The session cookie is a real next-auth
// token naming a real UserSession row. In a test file:
//   vi.mock("next/headers", () => import("@/lib/testing/request"));
//   vi.mock("next/cache", () => import("@/lib/testing/request"));   // actions that revalidate

/** The address every faked request comes from (the same as actorFor's). */
export const TEST_CLIENT_ADDRESS = "192.0.2.10";

const jar = new Map<string, string>();

/** next/headers' cookies(), over the test's jar. */
export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
}

/** next/headers' headers(): what scripts/serve.ts would have set. */
export async function headers() {
  return new Headers({ [CLIENT_ADDRESS_HEADER]: TEST_CLIENT_ADDRESS });
}

// next/cache: nothing to revalidate outside Next.
export const revalidatePath = () => undefined;
export const revalidateTag = () => undefined;
export const refresh = () => undefined;

/** The session cookie's value, as the browser would send it back. */
export function sessionCookie(): string | undefined {
  return jar.get(getSessionSettings().cookieName);
}

/** Forgets every cookie: the next request is signed out. */
export function signOutRequest(): void {
  jar.clear();
}

/** Sets a cookie as the browser would send it (a tampered token, for attack tests). */
export function setRequestCookie(name: string, value: string): void {
  jar.set(name, value);
}

/** Puts a session cookie with these claims in the jar (a forged or stale one, for attack tests). */
export async function setSessionCookie(claims: Parameters<typeof encodeSessionToken>[0]): Promise<void> {
  const settings = getSessionSettings();
  jar.set(settings.cookieName, await encodeSessionToken(claims, settings));
}

/** Signs this user in as the sign-in form would (startUserSession), for the requests that follow. */
export async function signIn(
  user: { id: number; sessionVersion: number },
  options: { now?: number } = {},
): Promise<void> {
  await setSessionCookie(await startUserSession(user, { db: getPrisma(), now: options.now }));
}

/** A new account of this role, signed in for the requests that follow. */
export async function signInAs(role: Role, overrides: Parameters<typeof makeUser>[1] = {}) {
  const user = await makeUser(role, overrides);
  await signIn(user);
  return user;
}
