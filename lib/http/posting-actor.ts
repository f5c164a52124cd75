import "server-only";
import { NextResponse, type NextRequest } from "next/server";
import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/server/get-actor";
import { seeOther } from "@/lib/http/see-other";
import { isCrossSite } from "@/lib/security/is-cross-site";

/**
 * Who is posting to a route handler (an upload, an import, a download, a search): route handlers get
 * none of Next's server-action origin checks, so a post from another site is refused (403), and the
 * signed-out are sent to "session ended". The actor, or the response to send instead.
 */
export async function postingActor(request: NextRequest): Promise<Actor | Response> {
  if (isCrossSite(request)) return new NextResponse("Forbidden", { status: 403 });
  const actor = await getActor();
  if (!actor) return seeOther("/auth/session-ended");
  return actor;
}
