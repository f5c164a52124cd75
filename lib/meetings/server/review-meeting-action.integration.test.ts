import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Meeting, User } from "@/lib/generated/prisma/client";
import { setEnvForProcess } from "@/lib/env";
import { actorOf, makeActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { reviewMeetingAction } from "@/lib/meetings/server/review-meeting-action";

// The chair's in-place review of the action review table, read back from the database.

withTestDatabase();

let chair: User;
let meeting: Meeting;
let owner: User;

beforeAll(async () => {
  setEnvForProcess("ACTION_ESCALATION_DAYS", "14");
  chair = (await makeActor("CHAIR")).user;
  owner = (await makeActor("INVESTIGATOR")).user;
  meeting = await createMeeting(getPrisma(), { chairId: chair.id, status: "IN_SESSION" });
});

const action = (fields: Partial<Parameters<typeof createActionItem>[1]> = {}) =>
  createActionItem(getPrisma(), {
    ownerId: owner.id,
    raisedById: chair.id,
    dueOn: new Date("2026-11-20T00:00:00Z"),
    ...fields,
  });
const read = (id: number) =>
  getPrisma().actionItem.findUniqueOrThrow({ where: { id }, include: { updates: true } });

type ReviewInput = Parameters<typeof reviewMeetingAction>[0];
/** The review as the chair in the open meeting, unless the test says otherwise. */
const review = (input: Omit<ReviewInput, "actor" | "meetingId"> & Partial<ReviewInput>) =>
  reviewMeetingAction({ actor: actorOf(chair), meetingId: meeting.id, ...input });

describe("reviewing an action in the meeting", () => {
  it("closes an action as completed, with a progress line and an audit row", async () => {
    const a = await action();
    await review({ actionItemId: a.id, version: a.version, review: "complete", note: "Done" });
    const after = await read(a.id);
    expect(after).toMatchObject({ status: "COMPLETED", resultNote: "Done", version: 2 });
    expect(after.closedAt).not.toBeNull();
    expect(after.updates.map((u) => u.note)).toEqual(["Forum review: completed. Done"]);
    expect(
      await getPrisma().auditEvent.count({ where: { event: "action.reviewed", entityId: String(a.id) } }),
    ).toBe(1);
  });

  it("carries an action forward: it stays open", async () => {
    const a = await action();
    await review({ actionItemId: a.id, version: a.version, review: "carry", note: "" });
    expect(await read(a.id)).toMatchObject({ status: "OPEN", closedAt: null, version: 2 });
  });

  it("refuses 'not possible' unless its owner said so, a stale version, and an action not under review", async () => {
    const a = await action();
    await expect(
      review({ actionItemId: a.id, version: 1, review: "not-possible", note: "" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      review({ actionItemId: a.id, version: 7, review: "not-done", note: "" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const later = await action({ dueOn: new Date("2027-06-01T00:00:00Z") });
    await expect(
      review({ actionItemId: later.id, version: 1, review: "not-done", note: "" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await read(a.id)).toMatchObject({ status: "OPEN", version: 1 });
    const awaiting = await action({ status: "NOT_POSSIBLE", notPossibleReason: "Witness moved abroad" });
    await review({ actionItemId: awaiting.id, version: 1, review: "not-possible", note: "" });
    expect((await read(awaiting.id)).closedAt).not.toBeNull();
  });

  it("is refused to the analyst and outside a session", async () => {
    const a = await action();
    const analyst = (await makeActor("ANALYST")).actor;
    await expect(
      review({ actor: analyst, actionItemId: a.id, version: 1, review: "complete", note: "" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const draft = await createMeeting(getPrisma(), { chairId: chair.id });
    await expect(
      review({ meetingId: draft.id, actionItemId: a.id, version: 1, review: "complete", note: "" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await read(a.id)).toMatchObject({ status: "OPEN", version: 1 });
  });
});
