import type { Role } from "@/lib/enums";
import { permissionsFor, type Permission } from "@/lib/auth/permissions";

/**
 * The signed-in user as every data function sees them, rebuilt from the database on each request
 * (never from the cookie alone). Server-side only: pages pass on the fields a component needs.
 */
export type Actor = {
  id: number;
  name: string;
  email: string;
  role: Role;
  npuId: number | null;
  providerId: number | null;
  permissions: readonly Permission[];
  /** Stable for one sign-in; keys the remembered access reasons (AccessReason.sessionKey). */
  sessionKey: string;
  /** Client address for audit rows; null outside a request. */
  address: string | null;
};

// The options every data function takes, in one home (ARCHITECTURE.md, "Shared pieces").

/**
 * The options of a data function that a server action calls with what it parsed: who asks and the
 * input. The data function checks the permission again itself (ARCHITECTURE.md, "Layers").
 */
export type ActorInput<I> = { actor: Actor; input: I };

/** ActorInput for a data function that dates what it writes: `now` is the moment (tests set it). */
export type ActorInputAt<I> = ActorInput<I> & { now?: Date };

/** A data function's options for a read as of a day: who asks, and when (tests pass a fixed `now`). */
export type ActorAsOf = { actor: Actor; now?: Date };

/** A data function's options for a short list: who asks, and at most how many rows (each list has its default). */
export type ActorLimit = { actor: Actor; limit?: number };

/** The Actor of a user row: its permissions from its role, for this sign-in and client address. */
export function actorOf(
  user: Pick<Actor, "id" | "name" | "email" | "role" | "npuId" | "providerId">,
  sessionKey: string,
  address: string | null,
): Actor {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    npuId: user.npuId,
    providerId: user.providerId,
    permissions: permissionsFor(user.role),
    sessionKey,
    address,
  };
}
