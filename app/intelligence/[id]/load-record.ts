import "server-only";
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { isAppError } from "@/lib/errors";
import { getIntelligenceRecord } from "@/lib/intelligence/server/get-intelligence-record";

/** The record for a page, or Next's 404 for a bad id or an item the actor may not know exists. */
export async function loadIntelligenceRecord(actor: Actor, rawId: string) {
  const itemId = /^\d{1,9}$/.test(rawId) ? Number(rawId) : null;
  if (!itemId) notFound();
  return getIntelligenceRecord({ actor, itemId }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
}
