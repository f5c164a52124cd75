import type { Actor } from "@/lib/auth/actor";

/** The options every read or change of one offence's record starts from: who asks, and which offence. */
export type OffenceOptions = { actor: Actor; offenceId: number };
