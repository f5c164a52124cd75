import type { Actor } from "@/lib/auth/actor";

/**
 * The options of a data function that a server action calls with what it parsed: who asks and the
 * input. The data function checks the permission again itself (ARCHITECTURE.md, "Layers").
 */
export type ActorInput<I> = { actor: Actor; input: I };

/** ActorInput for a data function that dates what it writes: `now` is the moment (tests set it). */
export type ActorInputAt<I> = ActorInput<I> & { now?: Date };
