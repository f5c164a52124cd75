import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Meeting } from "@/lib/generated/prisma/client";
import { makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { bulkUpdateAgendaItems, type BulkOperation } from "@/lib/meetings/server/bulk-update-agenda-items";
import { EMPTY_SELECTION_MESSAGE, FIXED_ITEM_MESSAGE, PACK_LOCKED_MESSAGE } from "@/lib/meetings/messages";

// Bulk curation of a draft pack, read back from the database: all or nothing.

withTestDatabase();

let meeting: Meeting;
const ids: Record<string, number> = {};

const actors = withActors({ analyst: "ANALYST" });
beforeAll(async () => {
  const chair = await makeActor("CHAIR");
  meeting = await createMeeting(getPrisma(), { chairId: chair.user.id });
  const add = async (key: string, kind: "FREE" | "SCRUTINY" | "OFFENCE_TABLE", position: number) =>
    (ids[key] = (
      await getPrisma().agendaItem.create({ data: { meetingId: meeting.id, kind, title: key, position } })
    ).id);
  await add("table", "OFFENCE_TABLE", 1);
  await add("s1", "SCRUTINY", 1);
  await add("s2", "SCRUTINY", 2);
  await add("f1", "FREE", 1);
  await add("f2", "FREE", 2);
});

const state = async () =>
  Object.fromEntries(
    (
      await getPrisma().agendaItem.findMany({
        where: { meetingId: meeting.id },
        select: { title: true, kind: true, position: true, removedAt: true },
      })
    ).map((r) => [r.title, `${r.kind}:${r.position}${r.removedAt ? ":removed" : ""}`]),
  );
const sel = async (...keys: string[]) =>
  Promise.all(
    keys.map(async (k) => ({
      itemId: ids[k]!,
      version: (await getPrisma().agendaItem.findUniqueOrThrow({ where: { id: ids[k]! } })).version,
    })),
  );

/** The analyst's bulk change of these items, at their current versions. */
const analystBulk = async (op: BulkOperation, ...keys: string[]) =>
  bulkUpdateAgendaItems({ actor: actors.analyst, meetingId: meeting.id, items: await sel(...keys), ...op });

describe("bulk curation", () => {
  it("refuses an empty selection with a clear message", async () => {
    await expect(
      bulkUpdateAgendaItems({ actor: actors.analyst, meetingId: meeting.id, items: [], operation: "remove" }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: EMPTY_SELECTION_MESSAGE });
  });

  it("removes and restores the selected items", async () => {
    await analystBulk({ operation: "remove" }, "s1", "f2");
    expect(await state()).toMatchObject({ s1: "SCRUTINY:1:removed", f2: "FREE:2:removed", s2: "SCRUTINY:2" });
    await analystBulk({ operation: "restore" }, "s1", "f2");
    expect(await state()).toMatchObject({ s1: "SCRUTINY:1", f2: "FREE:2" });
  });

  it("moves the selected items to the end of a section, in their order, renumbering the sections they left", async () => {
    await analystBulk({ operation: "move", section: "FREE" }, "f2", "s1");
    expect(await state()).toMatchObject({ s2: "SCRUTINY:1", f1: "FREE:1", s1: "FREE:2", f2: "FREE:3" });
  });

  it("changes nothing when one selected item was changed by someone else, or a table is moved out of its section", async () => {
    const before = await state();
    const stale = await sel("f1", "s2");
    stale[1]!.version -= 1;
    await expect(
      bulkUpdateAgendaItems({
        actor: actors.analyst,
        meetingId: meeting.id,
        items: stale,
        operation: "remove",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(analystBulk({ operation: "move", section: "FREE" }, "table", "f1")).rejects.toMatchObject({
      message: FIXED_ITEM_MESSAGE,
    });
    expect(await state()).toEqual(before);
  });

  it("is refused on a published pack and to an investigator", async () => {
    const investigator = (await makeActor("INVESTIGATOR")).actor;
    await expect(
      bulkUpdateAgendaItems({
        actor: investigator,
        meetingId: meeting.id,
        items: await sel("f1"),
        operation: "remove",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await getPrisma().meeting.update({ where: { id: meeting.id }, data: { status: "PUBLISHED" } });
    await expect(analystBulk({ operation: "remove" }, "f1")).rejects.toMatchObject({
      message: PACK_LOCKED_MESSAGE,
    });
  });
});
