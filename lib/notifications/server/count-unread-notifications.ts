import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/server/prisma";

/** For the header's bell: how many of the actor's notifications are unread. */
export async function countUnreadNotifications({ actor }: { actor: Actor }): Promise<number> {
  return getPrisma().notification.count({ where: { userId: actor.id, readAt: null } });
}
