import { actorOf, type Actor } from "@/lib/auth/actor";
import type { User } from "@/lib/generated/prisma/client";

/** The Actor a data function would receive for this user, without a request or a cookie. */
export function actorFor(user: Pick<User, "id" | "name" | "email" | "role" | "npuId" | "providerId">): Actor {
  return actorOf(user, `test-session-${user.id}`, "192.0.2.10");
}
