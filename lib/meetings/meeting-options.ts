import type { Actor } from "@/lib/auth/actor";

/** The options every read or change of one meeting starts from: who asks, and which meeting. */
export type MeetingOptions = { actor: Actor; meetingId: number };
