import "server-only";
import type { ActorLimit } from "@/lib/auth/actor";
import { getPrisma } from "@/lib/db/server/prisma";

export type NotificationRow = {
  id: number;
  kind: string;
  text: string;
  link: string;
  createdAt: Date;
  read: boolean;
};

/** The actor's own notifications, newest first (any signed-in user: the row rule is "yours"). */
export async function listNotifications({ actor, limit = 100 }: ActorLimit): Promise<NotificationRow[]> {
  const rows = await getPrisma().notification.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((n) => ({
    id: n.id,
    kind: n.kind,
    text: n.text,
    link: n.link,
    createdAt: n.createdAt,
    read: n.readAt != null,
  }));
}
