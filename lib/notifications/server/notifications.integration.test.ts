import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { makeActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { listNotifications } from "@/lib/notifications/server/list-notifications";
import { countUnreadNotifications } from "@/lib/notifications/server/count-unread-notifications";

// The header's bell and the notifications page: the row rule is "yours". Another user's
// notifications (which may name a case) are never listed or counted.

withTestDatabase();

const notify = (userId: number, text: string, readAt: Date | null = null) =>
  getPrisma().notification.create({
    data: { userId, kind: "action.assigned", text, link: "/actions", readAt },
  });

describe("listNotifications and countUnreadNotifications", () => {
  it("list and count only the actor's own notifications", async () => {
    const me = await makeActor("INVESTIGATOR");
    const other = await makeActor("PARTNER");
    await notify(me.user.id, "Mine, unread");
    await notify(me.user.id, "Mine, read", new Date());
    await notify(other.user.id, "Someone else's, unread");
    await notify(other.user.id, "Someone else's, unread too");

    expect((await listNotifications({ actor: me.actor })).map((n) => [n.text, n.read]).sort()).toEqual([
      ["Mine, read", true],
      ["Mine, unread", false],
    ]);
    expect(await countUnreadNotifications({ actor: me.actor })).toBe(1);
    expect((await listNotifications({ actor: other.actor })).map((n) => n.text).sort()).toEqual([
      "Someone else's, unread",
      "Someone else's, unread too",
    ]);
    expect(await countUnreadNotifications({ actor: other.actor })).toBe(2);
  });

  it("give a user with none an empty list, although others have many", async () => {
    const nobody = await makeActor("CHAIR");
    expect(await listNotifications({ actor: nobody.actor })).toEqual([]);
    expect(await countUnreadNotifications({ actor: nobody.actor })).toBe(0);
  });
});
