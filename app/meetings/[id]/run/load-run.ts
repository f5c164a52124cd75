import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { runGetMeeting } from "@/lib/meetings/server/run-get-meeting";

/** The meeting for the chair's view, or Next's 404 for a bad or unknown id. */
export async function loadRun(actor: Actor, rawId: string) {
  if (!/^\d{1,9}$/.test(rawId)) notFound();
  try {
    return await runGetMeeting({ actor, meetingId: Number(rawId) });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
