import { describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { runGetMeeting } from "@/lib/meetings/server/run-get-meeting";
import { closeMeeting } from "@/lib/meetings/server/close-meeting";
import { takeMinutes } from "@/lib/meetings/server/take-minutes";
import { buildAgendaPack } from "@/lib/meetings/server/build-agenda-pack";
import type { AgendaItemKind } from "@/lib/enums";

// Issue 12: the run view and the minutes took items by position alone, interleaving the sections
// (2.1, 5.1, 6.1, 2.2 …), and the minutes renumbered them (pack 5.1 became minutes 2.2).

withTestDatabase();

const db = () => getPrisma();

describe("run view and minutes order", () => {
  it("take items in pack order and keep the pack's numbers", async () => {
    const chair = await createUser(db(), { role: "CHAIR" });
    const actor = actorFor(chair);
    const meeting = await createMeeting(db(), {
      chairId: chair.id,
      status: "IN_SESSION",
      startedAt: new Date("2026-12-08T10:00:00Z"),
    });
    // Positions restart in each section, as the pack generator writes them.
    const add = (kind: AgendaItemKind, position: number, title: string) =>
      db().agendaItem.create({ data: { meetingId: meeting.id, kind, position, title } });
    await add("FREE", 1, "Any other business");
    await add("SCRUTINY", 1, "Scrutiny one");
    await add("THREAT_SUMMARY", 1, "Threat summary");
    await add("SCRUTINY", 2, "Scrutiny two");
    const removed = await add("SCRUTINY", 3, "Removed item");
    await db().agendaItem.update({ where: { id: removed.id }, data: { removedAt: new Date() } });

    const expected = [
      ["2.1", "Scrutiny one"],
      ["2.2", "Scrutiny two"],
      ["5.1", "Threat summary"],
      ["6.1", "Any other business"],
    ];
    const run = await runGetMeeting({ actor, meetingId: meeting.id });
    expect(run.items.map((i) => [i.number, i.title])).toEqual(expected);
    // The pack numbers the same items the same way.
    const pack = await buildAgendaPack(db(), meeting.id);
    expect(pack.sections.flatMap((s) => s.items.map((i) => [i.number, i.title]))).toEqual(expected);

    await closeMeeting({
      actor,
      input: { meetingId: meeting.id, version: meeting.version },
      now: new Date("2026-12-08T12:00:00Z"),
    });
    const minutes = await takeMinutes({ actor, meetingId: meeting.id });
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual(expected);
    expect(minutes.items.map((i) => i.sectionTitle)).toEqual([
      "Cases flagged for scrutiny",
      "Cases flagged for scrutiny",
      "Threat summary",
      "Other business",
    ]);
  });
});
