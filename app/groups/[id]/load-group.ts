import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getGroupRecord } from "@/lib/groups/server/get-group-record";
import type { GroupRecord } from "@/lib/groups/types";
import { loadRoute } from "@/lib/ids/route-id";

/** The group of the URL (404 for a malformed id or no such group; 403 answered by loadRoute). */
export async function loadGroup(actor: Actor, rawId: string): Promise<GroupRecord> {
  return loadRoute(rawId, (groupId) => getGroupRecord({ actor, groupId }));
}
