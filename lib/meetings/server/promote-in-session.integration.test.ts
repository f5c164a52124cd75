import { beforeAll, describe, expect, it } from "vitest";
import { auditRows, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Meeting, User } from "@/lib/generated/prisma/client";
import { createUser } from "@/prisma/factories/create-user";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { createOffence } from "@/prisma/factories/create-offence";
import { promoteOffenceInSession } from "@/lib/meetings/server/promote-offence";
import { runGetMeeting } from "@/lib/meetings/server/run-get-meeting";
import { ALREADY_PROMOTED_MESSAGE, MEETING_CHANGED_MESSAGE } from "@/lib/meetings/messages";

// Issue 12: "the chair can promote during the meeting too". From the run view's offence table the
// chair makes an offence a discussion item of its own, numbered after the section's items; once
// only (two clicks, two tabs), only in session, only as the chair, only from the meeting as loaded.

withTestDatabase();

const db = () => getPrisma();
let chair: User;
let analyst: User;
let meeting: Meeting;
let tableItemId: number;
const offences: number[] = [];

beforeAll(async () => {
  chair = await createUser(db(), { role: "CHAIR" });
  analyst = await createUser(db(), { role: "ANALYST" });
  meeting = await createMeeting(db(), { chairId: chair.id, status: "IN_SESSION", startedAt: new Date() });
  for (let i = 0; i < 4; i++) offences.push((await createOffence(db(), { knifeUsed: true })).id);
  const item = (kind: "OFFENCE_TABLE" | "NEW_OFFENCE" | "SCRUTINY", position: number, offenceId?: number) =>
    db().agendaItem.create({
      data: { meetingId: meeting.id, kind, position, title: `${kind} ${position}`, offenceId },
    });
  tableItemId = (await item("OFFENCE_TABLE", 1)).id;
  await item("NEW_OFFENCE", 2, offences[0]);
  await item("SCRUTINY", 1);
});

const promote = (offenceId: number, over: { version?: number; as?: User } = {}) =>
  promoteOffenceInSession({
    actor: actorFor(over.as ?? chair),
    meetingId: meeting.id,
    offenceId,
    tableItemId,
    version: over.version ?? meeting.version,
  });

describe("the chair promotes an offence while the meeting runs", () => {
  it("adds it after the section's items, numbered as the run view numbers it, and audits it", async () => {
    const promoted = await promote(offences[1]!);
    expect(promoted.number).toBe("1.3");
    const run = await runGetMeeting({ actor: actorFor(chair), meetingId: meeting.id });
    expect(run.items.map((i) => i.number)).toEqual(["1.1", "1.2", "1.3", "2.1"]);
    const item = run.items.find((i) => i.id === promoted.id)!;
    expect(item).toMatchObject({ kind: "NEW_OFFENCE", offence: { id: offences[1] } });
    const [audit] = await auditRows({ event: "agenda.item-promoted", entityId: String(promoted.id) });
    expect(audit!.changes).toMatchObject({
      fields: { offenceId: { to: offences[1] }, inSession: { to: true } },
    });
  });

  it("refuses the same offence twice, even from two tabs at once, with the item's number", async () => {
    await expect(promote(offences[1]!)).rejects.toMatchObject({
      message: `${ALREADY_PROMOTED_MESSAGE} (item 1.3).`,
    });
    const both = await Promise.allSettled([promote(offences[2]!), promote(offences[2]!)]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().agendaItem.count({ where: { meetingId: meeting.id, offenceId: offences[2] } })).toBe(1);
  });

  it("refuses a stale screen, a role without meetings.run, and a meeting not in session, changing nothing", async () => {
    const before = await db().agendaItem.count({ where: { meetingId: meeting.id } });
    await expect(promote(offences[3]!, { version: meeting.version + 1 })).rejects.toMatchObject({
      code: "CONFLICT",
      message: MEETING_CHANGED_MESSAGE,
    });
    await expect(promote(offences[3]!, { as: analyst })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db().meeting.update({ where: { id: meeting.id }, data: { status: "CLOSED" } });
    await expect(promote(offences[3]!)).rejects.toMatchObject({ code: "CONFLICT" });
    await db().meeting.update({ where: { id: meeting.id }, data: { status: "IN_SESSION" } });
    // Not from an item that is not a promotable table.
    const scrutiny = await db().agendaItem.findFirstOrThrow({
      where: { meetingId: meeting.id, kind: "SCRUTINY" },
    });
    await expect(
      promoteOffenceInSession({
        actor: actorFor(chair),
        meetingId: meeting.id,
        offenceId: offences[3]!,
        tableItemId: scrutiny.id,
        version: meeting.version,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().agendaItem.count({ where: { meetingId: meeting.id } })).toBe(before);
  });
});
