import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { updateActionProgress } from "@/lib/action-items/server/update-action-progress";
import { listRaisedActions } from "@/lib/action-items/server/list-raised-actions";
import { listActions } from "@/lib/action-items/server/list-actions";
import { escalateOverdueActions } from "@/lib/action-items/server/escalate-overdue-actions";

// Issue 12: the action loop closes both ways. The chair of the raising meeting and whoever raised
// the action are notified when it is completed or declared not possible; "Actions I raised" shows it.

withTestDatabase();

const now = new Date("2026-11-27T12:00:00Z");
const db = () => getPrisma();
const progress = { note: "", resultNote: "", notPossibleReason: "" };

async function setup() {
  const chair = await createUser(db(), { role: "CHAIR" });
  const deputy = await createUser(db(), { role: "CHAIR" });
  const owner = await createUser(db(), { role: "INVESTIGATOR" });
  const meeting = await createMeeting(db(), { chairId: chair.id, status: "CLOSED" });
  // The deputy raised it at the chair's meeting: both hear back.
  const action = await createActionItem(db(), {
    ownerId: owner.id,
    raisedById: deputy.id,
    meetingId: meeting.id,
    dueOn: day("2026-12-10"),
    title: "Visit the school",
  });
  return { chair, deputy, owner, action };
}

const notificationsOf = (userId: number) =>
  db().notification.findMany({ where: { userId }, orderBy: { id: "asc" } });

describe("the action loop", () => {
  it("completing notifies the meeting's chair and the raiser, not the owner", async () => {
    const { chair, deputy, owner, action } = await setup();
    await updateActionProgress({
      actor: actorFor(owner),
      input: {
        id: action.id,
        version: 1,
        status: "COMPLETED",
        ...progress,
        resultNote: "Done with the head",
      },
      now,
    });
    for (const user of [chair, deputy]) {
      const [n] = await notificationsOf(user.id);
      expect(n).toMatchObject({ kind: "action.completed", link: `/actions/${action.id}`, readAt: null });
      expect(n!.text).toContain("Visit the school");
    }
    expect(await notificationsOf(owner.id)).toEqual([]);

    const raised = await listRaisedActions({ actor: actorFor(deputy), now });
    expect(raised.items.map((a) => [a.id, a.status, a.rag])).toEqual([[action.id, "COMPLETED", null]]);
    expect(raised.recentlyClosed).toBe(1);
    const register = await listActions({
      actor: actorFor(deputy),
      filters: { status: "all", raised: "me", page: 1 },
      now,
    });
    expect(register.items.map((a) => a.id)).toEqual([action.id]);
    expect(
      (await listActions({ actor: actorFor(chair), filters: { status: "all", raised: "me", page: 1 }, now }))
        .total,
    ).toBe(0);
  });

  it("not possible notifies too; a progress note alone does not", async () => {
    const { chair, owner, action } = await setup();
    await updateActionProgress({
      actor: actorFor(owner),
      input: { id: action.id, version: 1, status: "IN_PROGRESS", ...progress, note: "Started" },
      now,
    });
    expect(await notificationsOf(chair.id)).toEqual([]);
    await updateActionProgress({
      actor: actorFor(owner),
      input: {
        id: action.id,
        version: 2,
        status: "NOT_POSSIBLE",
        ...progress,
        notPossibleReason: "Family moved away",
      },
      now,
    });
    const [n] = await notificationsOf(chair.id);
    expect(n).toMatchObject({ kind: "action.not-possible" });
    expect(n!.text).toContain("Family moved away");
  });

  it("an overdue action escalated tells whoever raised it as well as the chairs", async () => {
    const { chair, owner } = await setup();
    const analyst = await createUser(db(), { role: "ANALYST" });
    const late = await createActionItem(db(), {
      ownerId: owner.id,
      raisedById: analyst.id,
      dueOn: day("2026-10-01"),
      title: "Late one",
    });
    await escalateOverdueActions({ now, days: 14 });
    const [toRaiser] = await notificationsOf(analyst.id);
    expect(toRaiser).toMatchObject({ kind: "action.escalated", link: `/actions/${late.id}` });
    expect((await notificationsOf(chair.id)).some((n) => n.link === `/actions/${late.id}`)).toBe(true);
  });

  it("refuses 'Actions I raised' to those who cannot raise actions", async () => {
    const { owner } = await setup();
    await expect(listRaisedActions({ actor: actorFor(owner) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
