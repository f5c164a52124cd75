import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Meeting } from "@/lib/generated/prisma/client";
import { makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { moveAgendaItem, type AgendaMove } from "@/lib/meetings/server/move-agenda-item";
import { FIXED_ITEM_MESSAGE, MOVE_PAST_END_MESSAGE, PACK_LOCKED_MESSAGE } from "@/lib/meetings/messages";

// Move up / Move down once left the order unchanged while bumping the version and auditing a move
// (a destructuring swap whose second target read the already-swapped array). These tests read the
// order back from the database, never the reply.

withTestDatabase();

let meeting: Meeting;
const ids: number[] = [];

const actors = withActors({ analyst: "ANALYST" });
beforeAll(async () => {
  const chair = await makeActor("CHAIR");
  meeting = await createMeeting(getPrisma(), { chairId: chair.user.id });
  for (const [k, title] of ["A", "B", "C"].entries()) {
    const item = await getPrisma().agendaItem.create({
      data: { meetingId: meeting.id, kind: "FREE", title, position: k + 1 },
    });
    ids.push(item.id);
  }
});

const order = async () =>
  (
    await getPrisma().agendaItem.findMany({
      where: { meetingId: meeting.id, removedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { title: true },
    })
  ).map((i) => i.title);
const versionOf = async (id: number) =>
  (await getPrisma().agendaItem.findUniqueOrThrow({ where: { id } })).version;

/** Moves the k-th item at its current version, as the analyst. */
const move = async (k: number, to: AgendaMove) =>
  moveAgendaItem({ actor: actors.analyst, itemId: ids[k]!, version: await versionOf(ids[k]!), ...to });

describe("moving an agenda item", () => {
  it("moves an item down and the stored order changes", async () => {
    await move(0, { direction: "down" });
    expect(await order()).toEqual(["B", "A", "C"]);
  });

  it("moves an item up and the stored order changes", async () => {
    await move(2, { direction: "up" });
    expect(await order()).toEqual(["B", "C", "A"]);
  });

  it("refuses to move the first item up or the last down, changing nothing and auditing nothing", async () => {
    const audits = await getPrisma().auditEvent.count({ where: { event: "agenda.item-moved" } });
    const first = ids[1]!;
    const v = await versionOf(first);
    await expect(
      moveAgendaItem({ actor: actors.analyst, itemId: first, version: v, direction: "up" }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: MOVE_PAST_END_MESSAGE.up });
    await expect(move(0, { direction: "down" })).rejects.toMatchObject({
      code: "VALIDATION",
      message: MOVE_PAST_END_MESSAGE.down,
    });
    expect(await versionOf(first)).toBe(v);
    expect(await order()).toEqual(["B", "C", "A"]);
    expect(await getPrisma().auditEvent.count({ where: { event: "agenda.item-moved" } })).toBe(audits);
  });

  it("refuses a stale version (the chair moved it meanwhile) without moving anything", async () => {
    const stale = (await versionOf(ids[2]!)) - 1;
    await expect(
      moveAgendaItem({ actor: actors.analyst, itemId: ids[2]!, version: stale, direction: "down" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await order()).toEqual(["B", "C", "A"]);
  });

  it("moves an item to a numbered place and to another section, renumbering both sections", async () => {
    await move(0, { place: 1 });
    expect(await order()).toEqual(["A", "B", "C"]);
    await move(1, { place: 1, section: "SCRUTINY" });
    const rows = await getPrisma().agendaItem.findMany({
      where: { meetingId: meeting.id },
      orderBy: { id: "asc" },
      select: { kind: true, position: true },
    });
    expect(rows).toEqual([
      { kind: "FREE", position: 1 },
      { kind: "SCRUTINY", position: 1 },
      { kind: "FREE", position: 2 },
    ]);
    await expect(
      moveAgendaItem({ actor: actors.analyst, itemId: ids[0]!, version: await versionOf(ids[0]!), place: 9 }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: "Enter a place from 1 to 2." });
  });

  it("keeps table items and the threat summary in their own section", async () => {
    const table = await getPrisma().agendaItem.create({
      data: { meetingId: meeting.id, kind: "OFFENCE_TABLE", title: "New offences", position: 1 },
    });
    await expect(
      moveAgendaItem({ actor: actors.analyst, itemId: table.id, version: 1, place: 1, section: "FREE" }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: FIXED_ITEM_MESSAGE });
    await expect(move(0, { place: 1, section: "THREAT_SUMMARY" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
  });

  it("is refused to a partner and on a published pack", async () => {
    const partner = (await makeActor("INVESTIGATOR")).actor;
    await expect(
      moveAgendaItem({
        actor: partner,
        itemId: ids[0]!,
        version: await versionOf(ids[0]!),
        direction: "down",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await getPrisma().meeting.update({ where: { id: meeting.id }, data: { status: "PUBLISHED" } });
    await expect(move(0, { direction: "down" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: PACK_LOCKED_MESSAGE,
    });
    await getPrisma().meeting.update({ where: { id: meeting.id }, data: { status: "DRAFT" } });
  });
});
