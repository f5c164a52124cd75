import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { runGetMeeting } from "@/lib/meetings/server/run-get-meeting";
import { loadRoute } from "@/lib/ids/route-id";

/** The meeting for the chair's view, or Next's 404 for a bad or unknown id. */
export async function loadRun(actor: Actor, rawId: string) {
  return loadRoute(rawId, (meetingId) => runGetMeeting({ actor, meetingId }));
}
