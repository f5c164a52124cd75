import "server-only";
import type { Tx } from "@/lib/db/server/prisma";

export type NewNotification = { userId: number; kind: string; text: string; link?: string };

/**
 * Writes in-app notifications inside the caller's transaction, so they exist exactly when the
 * change they report does. Returns their ids for `emailNotifications`, called after the commit.
 * Only a generic line goes out by email (email-notifications.ts); the text is for the app.
 */
export async function notifyUsers(tx: Tx, notifications: NewNotification[]): Promise<number[]> {
  if (notifications.length === 0) return [];
  const rows = await tx.notification.createManyAndReturn({
    data: notifications.map((n) => ({ userId: n.userId, kind: n.kind, text: n.text, link: n.link ?? "" })),
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
