import { describe, expect, it } from "vitest";
import { withTestDatabase, auditRows } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { createOffence } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";
import { runStartMeeting } from "@/lib/meetings/server/run-start-meeting";
import { recordDiscussion } from "@/lib/meetings/server/record-discussion";
import { closeMeeting } from "@/lib/meetings/server/close-meeting";
import { takeMinutes } from "@/lib/meetings/server/take-minutes";
import { recordDecision } from "@/lib/decisions/server/record-decision";
import { searchDecisions } from "@/lib/decisions/server/search-decisions";

// Running a meeting (issue 6): attendance starts it, notes are saved with a version check, closing
// carries every open action forward, the minutes exist only once closed, the decision log finds
// decisions by meeting, case and person.

withTestDatabase();

const db = () => getPrisma();
const now = new Date("2026-12-08T11:00:00Z");

async function publishedMeeting() {
  const chair = await createUser(db(), { role: "CHAIR" });
  const offence = await createOffence(db());
  const person = await createPerson(db(), { surname: "Quillfeather", forenames: "Ash" });
  const meeting = await createMeeting(db(), {
    chairId: chair.id,
    status: "PUBLISHED",
    heldAt: new Date("2026-12-08T10:00:00Z"),
  });
  const attendee = await db().meetingAttendee.create({
    data: { meetingId: meeting.id, userId: chair.id, name: chair.name },
  });
  const item = await db().agendaItem.create({
    data: {
      meetingId: meeting.id,
      position: 1,
      kind: "NEW_OFFENCE",
      title: "New offence",
      offenceId: offence.id,
      personId: person.id,
    },
  });
  return { chair, offence, person, meeting, attendee, item, actor: actorFor(chair) };
}

describe("running the meeting", () => {
  it("attendance is required to start; notes save with a version check and a conflict keeps both texts", async () => {
    const { meeting, attendee, item, actor } = await publishedMeeting();
    await expect(
      runStartMeeting({ actor, input: { meetingId: meeting.id, version: 1, attendees: [] }, now }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
    });
    await runStartMeeting({
      actor,
      input: { meetingId: meeting.id, version: 1, attendees: [{ id: attendee.id, status: "PRESENT" }] },
      now,
    });
    expect(await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: "IN_SESSION",
      startedAt: now,
    });
    expect((await db().meetingAttendee.findUniqueOrThrow({ where: { id: attendee.id } })).status).toBe(
      "PRESENT",
    );

    const saved = await recordDiscussion({
      actor,
      input: { agendaItemId: item.id, version: 1, discussionNote: "First note", discussed: true },
    });
    expect(saved.version).toBe(2);
    // A second editor (another tab) still holding version 1.
    const conflict = recordDiscussion({
      actor,
      input: { agendaItemId: item.id, version: 1, discussionNote: "Other tab", discussed: false },
    });
    await expect(conflict).rejects.toMatchObject({
      code: "CONFLICT",
      fieldErrors: { savedNote: ["First note"], savedVersion: ["2"] },
    });
    expect((await db().agendaItem.findUniqueOrThrow({ where: { id: item.id } })).discussionNote).toBe(
      "First note",
    );
  });

  it("closing carries every open action forward, leaves closed ones, and the minutes list decisions and actions", async () => {
    const { chair, meeting, attendee, item, actor, offence, person } = await publishedMeeting();
    const owner = await createUser(db(), { role: "INVESTIGATOR" });
    const next = await createMeeting(db(), {
      chairId: chair.id,
      status: "DRAFT",
      heldAt: new Date("2027-01-05T10:00:00Z"),
    });
    await runStartMeeting({
      actor,
      input: { meetingId: meeting.id, version: 1, attendees: [{ id: attendee.id, status: "PRESENT" }] },
      now,
    });
    await expect(takeMinutes({ actor, meetingId: meeting.id })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const decision = await recordDecision({
      actor,
      input: { agendaItemId: item.id, text: "Refer to St Giles", rationale: "Hospital reachable moment" },
      now,
    });
    const make = (
      status: "OPEN" | "IN_PROGRESS" | "COMPLETED" | "NOT_POSSIBLE",
      extra: { meetingId?: number; closedAt?: Date | null } = {},
    ) =>
      createActionItem(db(), {
        ownerId: owner.id,
        raisedById: chair.id,
        dueOn: day("2026-12-20"),
        status,
        meetingId: meeting.id,
        ...extra,
      });
    const open = await make("OPEN", {});
    const inProgress = await make("IN_PROGRESS");
    const awaiting = await make("NOT_POSSIBLE", { closedAt: null });
    const done = await make("COMPLETED", { closedAt: now });
    await db().actionItem.update({
      where: { id: open.id },
      data: { decisionId: decision.id, offenceId: offence.id, personId: person.id },
    });
    // An action from an earlier meeting that was on this meeting's agenda.
    const older = await createActionItem(db(), {
      ownerId: owner.id,
      raisedById: chair.id,
      dueOn: day("2026-12-01"),
      timesCarried: 1,
    });
    await db().agendaItem.create({
      data: {
        meetingId: meeting.id,
        position: 2,
        kind: "OPEN_ACTION",
        title: "Carried",
        actionItemId: older.id,
      },
    });

    const version = (await db().meeting.findUniqueOrThrow({ where: { id: meeting.id } })).version;
    const closed = await closeMeeting({ actor, input: { meetingId: meeting.id, version }, now });
    expect(closed).toEqual({ id: meeting.id, carried: 4, nextMeetingId: next.id });
    const carried = async (id: number) =>
      (await db().actionItem.findUniqueOrThrow({ where: { id } })).timesCarried;
    expect([
      await carried(open.id),
      await carried(inProgress.id),
      await carried(awaiting.id),
      await carried(done.id),
      await carried(older.id),
    ]).toEqual([1, 1, 1, 0, 2]);
    const audit = await auditRows({ event: "action.carried-forward", entityId: String(open.id) });
    expect(audit[0]!.changes).toMatchObject({ detail: { toMeetingId: next.id } });
    await expect(
      closeMeeting({ actor, input: { meetingId: meeting.id, version: version + 1 }, now }),
    ).rejects.toMatchObject({ code: "VALIDATION" });

    const minutes = await takeMinutes({ actor, meetingId: meeting.id });
    expect(minutes.items[0]!.decisions.map((d) => d.text)).toEqual(["Refer to St Giles"]);
    expect(minutes.actions.map((a) => a.id)).toEqual([open.id, inProgress.id, awaiting.id, done.id]);
    expect(minutes.attendees).toEqual([{ name: chair.name, organisation: "", status: "PRESENT" }]);

    // The decision log: by meeting, case and person, with the action it created.
    const byMeeting = await searchDecisions({ actor, search: { meeting: meeting.id, page: 1 } });
    expect(byMeeting.items.map((d) => [d.text, d.actions.map((a) => a.id)])).toEqual([
      ["Refer to St Giles", [open.id]],
    ]);
    const byCase = await searchDecisions({
      actor,
      search: { case: offence.crimeReference.toLowerCase(), page: 1 },
    });
    expect(byCase.items.map((d) => d.id)).toEqual([decision.id]);
    const byPerson = await searchDecisions({ actor, search: { person: "ash quillfeather", page: 1 } });
    expect(byPerson.items.map((d) => d.id)).toEqual([decision.id]);
    expect((await searchDecisions({ actor, search: { person: "Nobody Here", page: 1 } })).total).toBe(0);
  });

  it("refuses an analyst running the meeting and an investigator searching decisions", async () => {
    const { meeting, attendee } = await publishedMeeting();
    const analyst = actorFor(await createUser(db(), { role: "ANALYST" }));
    const investigator = actorFor(await createUser(db(), { role: "INVESTIGATOR" }));
    await expect(
      runStartMeeting({
        actor: analyst,
        input: { meetingId: meeting.id, version: 1, attendees: [{ id: attendee.id, status: "PRESENT" }] },
        now,
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(searchDecisions({ actor: investigator, search: { page: 1 } })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
