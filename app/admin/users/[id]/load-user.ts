import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { UserDetail } from "@/lib/users/types";
import { getUserOrThrow } from "@/lib/users/server/get-user-or-throw";
import { loadRoute } from "@/lib/ids/route-id";

/** The account named by the URL's `[id]`, or Next's 404 page for a malformed or unknown id. */
export async function loadUser(actor: Actor, rawId: string): Promise<UserDetail> {
  return loadRoute(rawId, (id) => getUserOrThrow({ actor, id }));
}
