import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { loadOrNotFound, routeId } from "@/lib/ids/route-id";
import { getAgendaPack } from "@/lib/meetings/server/get-agenda-pack";
import { getMeeting } from "@/lib/meetings/server/get-meeting";

/**
 * The meeting in the route and its current pack, for the pack's pages (the editor and the print
 * view): 404 for an id that is not a meeting, 403 where the actor may not read it.
 */
export async function loadMeetingPack(actor: Actor, rawId: string) {
  const meetingId = routeId(rawId);
  const meeting = await loadOrNotFound(() => getMeeting({ actor, meetingId }));
  const pack = await loadOrNotFound(() => getAgendaPack({ actor, meetingId }));
  return { meetingId, meeting, pack };
}
