import type { Actor } from "@/lib/auth/actor";
import { permissionsFor } from "@/lib/auth/permissions";
import type { User } from "@/lib/generated/prisma/client";

/** The Actor a data function would receive for this user, without a request or a cookie. */
export function actorFor(user: Pick<User, "id" | "name" | "email" | "role" | "npuId" | "providerId">): Actor {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    npuId: user.npuId,
    providerId: user.providerId,
    permissions: permissionsFor(user.role),
    sessionKey: `test-session-${user.id}`,
    address: "192.0.2.10",
  };
}
