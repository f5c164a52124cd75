import { beforeAll, describe, expect, it } from "vitest";
import { auditRows, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ActionItem, User } from "@/lib/generated/prisma/client";
import { createUser } from "@/prisma/factories/create-user";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { notifyOverdueActions } from "@/lib/action-items/server/notify-overdue-actions";

// Issue 12: nobody heard the moment an action went overdue, only at escalation. Now its owner,
// whoever raised it and the meeting's chair hear once, the day after it was due (UK calendar),
// not once per run; a new due date is a new deadline.

withTestDatabase();

const db = () => getPrisma();
let chair: User;
let otherChair: User;
let owner: User;
let raiser: User;
let action: ActionItem;
let completed: ActionItem;

const notices = (userId: number) =>
  db().notification.findMany({ where: { userId, kind: "action.overdue" }, orderBy: { id: "asc" } });

beforeAll(async () => {
  chair = await createUser(db(), { role: "CHAIR" });
  otherChair = await createUser(db(), { role: "CHAIR" });
  owner = await createUser(db(), { role: "INVESTIGATOR" });
  raiser = await createUser(db(), { role: "ANALYST" });
  const meeting = await createMeeting(db(), { chairId: chair.id, status: "CLOSED" });
  action = await createActionItem(db(), {
    ownerId: owner.id,
    raisedById: raiser.id,
    meetingId: meeting.id,
    dueOn: day("2026-12-01"),
    title: "Trace the second witness",
  });
  completed = await createActionItem(db(), {
    ownerId: owner.id,
    raisedById: raiser.id,
    meetingId: meeting.id,
    dueOn: day("2026-11-01"),
    status: "COMPLETED",
    title: "Done already",
  });
});

describe("an action that goes overdue", () => {
  it("is not overdue on its due day (UK time, late evening included)", async () => {
    const run = await notifyOverdueActions({ now: new Date("2026-12-01T23:30:00Z") });
    expect(run.overdue).toBe(0);
    expect(await notices(owner.id)).toHaveLength(0);
  });

  it("notifies its owner, whoever raised it and the meeting's chair once, the day after", async () => {
    const run = await notifyOverdueActions({ now: new Date("2026-12-02T09:00:00Z") });
    expect(run.overdue).toBe(1);
    const [toOwner] = await notices(owner.id);
    expect(toOwner).toMatchObject({ link: `/actions/${action.id}` });
    expect(toOwner!.text).toContain("Trace the second witness");
    expect(await notices(raiser.id)).toHaveLength(1);
    expect(await notices(chair.id)).toHaveLength(1);
    // The chair of the meeting that raised it, not every chair.
    expect(await notices(otherChair.id)).toHaveLength(0);
    expect(await auditRows({ event: "action.overdue-notified", entityId: String(action.id) })).toHaveLength(
      1,
    );
    // A closed action is never reported overdue.
    expect(
      await auditRows({ event: "action.overdue-notified", entityId: String(completed.id) }),
    ).toHaveLength(0);
  });

  it("is not reported again by later runs, nor by two instances running at once", async () => {
    await notifyOverdueActions({ now: new Date("2026-12-02T10:00:00Z") });
    await Promise.all([
      notifyOverdueActions({ now: new Date("2026-12-03T10:00:00Z") }),
      notifyOverdueActions({ now: new Date("2026-12-03T10:00:00Z") }),
    ]);
    expect(await notices(owner.id)).toHaveLength(1);
    expect(await notices(chair.id)).toHaveLength(1);
    expect(await auditRows({ event: "action.overdue-notified", entityId: String(action.id) })).toHaveLength(
      1,
    );
  });

  it("is reported again when it misses a new due date", async () => {
    await db().actionItem.update({ where: { id: action.id }, data: { dueOn: day("2026-12-10") } });
    await notifyOverdueActions({ now: new Date("2026-12-05T10:00:00Z") });
    expect(await notices(owner.id)).toHaveLength(1);
    await notifyOverdueActions({ now: new Date("2026-12-11T10:00:00Z") });
    const all = await notices(owner.id);
    expect(all).toHaveLength(2);
    expect(all[1]!.text).toContain("10 Dec 2026");
  });
});
