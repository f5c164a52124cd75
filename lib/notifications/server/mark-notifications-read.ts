import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/server/prisma";

/** Marks all the actor's unread notifications read (their own rows only). Not case data: not audited. */
export async function markNotificationsRead({
  actor,
  now = new Date(),
}: {
  actor: Actor;
  now?: Date;
}): Promise<number> {
  const result = await getPrisma().notification.updateMany({
    where: { userId: actor.id, readAt: null },
    data: { readAt: now },
  });
  return result.count;
}
