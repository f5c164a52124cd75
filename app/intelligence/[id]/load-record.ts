import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getIntelligenceRecord } from "@/lib/intelligence/server/get-intelligence-record";
import { loadRoute } from "@/lib/ids/route-id";

/** The record for a page, or Next's 404 for a bad id or an item the actor may not know exists. */
export async function loadIntelligenceRecord(actor: Actor, rawId: string) {
  return loadRoute(rawId, (itemId) => getIntelligenceRecord({ actor, itemId }));
}
