import { describe, expect, it } from "vitest";
import { auditRows, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { closeMeeting } from "@/lib/meetings/server/close-meeting";
import { getCloseSummary } from "@/lib/meetings/server/get-close-summary";
import { runStartMeeting } from "@/lib/meetings/server/run-start-meeting";

// Issue 12: closing was one irreversible click, even with 41 of 42 items undiscussed, and a meeting
// dated months ahead could be started and closed today. Two tabs closing must not carry twice.

withTestDatabase();

const db = () => getPrisma();
const meetingDay = new Date("2026-12-08T10:00:00Z");
const sameDay = new Date("2026-12-08T12:00:00Z");

async function inSession() {
  const chair = await createUser(db(), { role: "CHAIR" });
  const owner = await createUser(db(), { role: "INVESTIGATOR" });
  const meeting = await createMeeting(db(), {
    chairId: chair.id,
    status: "IN_SESSION",
    heldAt: meetingDay,
    startedAt: meetingDay,
  });
  await db().agendaItem.create({
    data: { meetingId: meeting.id, kind: "FREE", position: 1, title: "Discussed one", discussed: true },
  });
  await db().agendaItem.create({
    data: { meetingId: meeting.id, kind: "SCRUTINY", position: 1, title: "Skipped scrutiny" },
  });
  const action = await createActionItem(db(), {
    ownerId: owner.id,
    raisedById: chair.id,
    meetingId: meeting.id,
    dueOn: day("2026-12-20"),
    title: "Carry me",
  });
  await createActionItem(db(), {
    ownerId: owner.id,
    raisedById: chair.id,
    meetingId: meeting.id,
    status: "COMPLETED",
    closedAt: meetingDay,
    title: "Done",
  });
  return { chair, actor: actorFor(chair), meeting, action };
}

describe("closing with confirmation", () => {
  it("the summary lists undiscussed items with pack numbers and the actions closing will carry", async () => {
    const { actor, meeting, action } = await inSession();
    const summary = await getCloseSummary({ actor, meetingId: meeting.id, now: sameDay });
    expect(summary.undiscussed.map((i) => [i.number, i.title])).toEqual([["2.1", "Skipped scrutiny"]]);
    expect(summary.itemCount).toBe(2);
    expect(summary.carried.map((a) => a.id)).toEqual([action.id]);
    expect(summary.dayWarning).toBeNull();
    expect(
      (await getCloseSummary({ actor, meetingId: meeting.id, now: new Date("2026-09-01T09:00:00Z") }))
        .dayWarning,
    ).toContain("in the future");
  });

  it("refuses to close a meeting not dated today until the chair acknowledges it", async () => {
    const { actor, meeting } = await inSession();
    const early = new Date("2026-09-01T09:00:00Z");
    await expect(
      closeMeeting({ actor, input: { meetingId: meeting.id, version: meeting.version }, now: early }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { acknowledgeDate: [expect.stringContaining("in the future")] },
    });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("IN_SESSION");
    await closeMeeting({
      actor,
      input: { meetingId: meeting.id, version: meeting.version, acknowledgeDate: true },
      now: early,
    });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("CLOSED");
  });

  it("refuses to start a future meeting without the acknowledgement", async () => {
    const chair = await createUser(db(), { role: "CHAIR" });
    const meeting = await createMeeting(db(), { chairId: chair.id, status: "PUBLISHED", heldAt: meetingDay });
    const input = { meetingId: meeting.id, version: meeting.version, attendees: [] };
    await expect(
      runStartMeeting({ actor: actorFor(chair), input, now: new Date("2026-09-01T09:00:00Z") }),
    ).rejects.toMatchObject({
      fieldErrors: { acknowledgeDate: [expect.stringContaining("Confirm that you want to start it now")] },
    });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("PUBLISHED");
    await runStartMeeting({
      actor: actorFor(chair),
      input: { ...input, acknowledgeDate: true },
      now: new Date("2026-09-01T09:00:00Z"),
    });
    expect((await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status).toBe("IN_SESSION");
  });

  it("two tabs closing at once: one closes, the other is told it is already closed, actions carried once", async () => {
    const { actor, meeting, action } = await inSession();
    const input = { meetingId: meeting.id, version: meeting.version };
    const results = await Promise.allSettled([
      closeMeeting({ actor, input, now: sameDay }),
      closeMeeting({ actor, input, now: sameDay }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { _form: [expect.stringContaining("already been closed")] },
    });
    expect((await db().actionItem.findUniqueOrThrow({ where: { id: action.id } })).timesCarried).toBe(1);
    expect(await auditRows({ event: "action.carried-forward", entityId: String(action.id) })).toHaveLength(1);
    expect(await auditRows({ event: "meeting.closed", entityId: String(meeting.id) })).toHaveLength(1);
    // A third try later (the stale tab) is refused the same way.
    await expect(closeMeeting({ actor, input, now: sameDay })).rejects.toMatchObject({
      fieldErrors: { _form: [expect.stringContaining("already been closed")] },
    });
  });
});
