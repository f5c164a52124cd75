import { describe, expect, it } from "vitest";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { day } from "@/prisma/factories/create-reference-data";
import { generateAgendaPack } from "@/lib/meetings/server/generate-agenda-pack";
import { getAgendaPack } from "@/lib/meetings/server/get-agenda-pack";
import { updateAgendaItem } from "@/lib/meetings/server/update-agenda-item";
import { moveAgendaItem } from "@/lib/meetings/server/move-agenda-item";
import { addFreeAgendaItem } from "@/lib/meetings/server/add-free-agenda-item";
import { promoteOffence } from "@/lib/meetings/server/promote-offence";
import { ALREADY_PROMOTED_MESSAGE } from "@/lib/meetings/messages";
import { AGENDA_NOW, itemsOf, ref, withAgendaPackWorld } from "@/lib/testing/agenda-pack-world";

// Curating a generated pack: promoting offences, edits that survive generating again, a stale edit,
// two analysts generating at once.

const world = withAgendaPackWorld({ generated: true });

describe("curating", () => {
  it("promotes offences from the table to their own items, once only", async () => {
    const actor = actorFor(world.analyst);
    expect(
      await promoteOffence({ actor, meetingId: world.meeting.id, offenceId: world.ids.youth8N! }),
    ).toMatchObject({
      number: "1.2",
    });
    expect(
      await promoteOffence({ actor, meetingId: world.meeting.id, offenceId: world.ids.attempt! }),
    ).toMatchObject({
      number: "1.3",
    });
    await expect(
      promoteOffence({ actor, meetingId: world.meeting.id, offenceId: world.ids.youth8N! }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: `${ALREADY_PROMOTED_MESSAGE} (item 1.2).` });
    // Two analysts at once: one item, one refusal.
    const both = await Promise.allSettled(
      [1, 2].map(() => promoteOffence({ actor, meetingId: world.meeting.id, offenceId: world.ids.adult8N! })),
    );
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await getPrisma().agendaItem.count({
        where: { meetingId: world.meeting.id, offenceId: world.ids.adult8N! },
      }),
    ).toBe(1);
    const pack = await getAgendaPack({ actor, meetingId: world.meeting.id });
    const table = itemsOf(pack, "NEW_OFFENCE")[0]!.facts;
    expect(
      table.kind === "offence-table" && table.rows.find((r) => r.offenceId === world.ids.youth8N)!.promotedAs,
    ).toBe("1.2");
    expect(itemsOf(pack, "NEW_OFFENCE").map(ref)).toEqual([
      null,
      world.ids.youth8N,
      world.ids.attempt,
      world.ids.adult8N,
    ]);
    expect(await getPrisma().auditEvent.count({ where: { event: "agenda.item-promoted" } })).toBe(3);
  });

  it("keeps removals, notes, order and free items when the pack is generated again", async () => {
    const actor = actorFor(world.analyst);
    let pack = await getAgendaPack({ actor, meetingId: world.meeting.id });
    const [, first, second, last] = itemsOf(pack, "NEW_OFFENCE");
    await updateAgendaItem({
      actor,
      itemId: first!.id,
      version: first!.version,
      change: { annotation: "Chair to ask about CCTV" },
    });
    await moveAgendaItem({ actor, itemId: second!.id, version: second!.version, direction: "up" });
    await updateAgendaItem({ actor, itemId: last!.id, version: last!.version, change: { removed: true } });
    await addFreeAgendaItem({
      actor,
      meetingId: world.meeting.id,
      title: "Summer youth diversion funding",
      annotation: "",
    });

    const result = await generateAgendaPack({ actor, meetingId: world.meeting.id, now: AGENDA_NOW });
    expect(result.added).toBe(0);
    pack = await getAgendaPack({ actor, meetingId: world.meeting.id });
    expect(itemsOf(pack, "NEW_OFFENCE").map(ref)).toEqual([null, world.ids.attempt, world.ids.youth8N]);
    expect(itemsOf(pack, "NEW_OFFENCE")[2]!.annotation).toBe("Chair to ask about CCTV");
    expect(pack.removed.map(ref)).toEqual([world.ids.adult8N]);
    expect(itemsOf(pack, "FREE").map((i) => i.title)).toEqual(["Summer youth diversion funding"]);
  });

  it("refuses a stale edit of an item with a conflict, keeping the first edit", async () => {
    const actor = actorFor(world.analyst);
    const pack = await getAgendaPack({ actor, meetingId: world.meeting.id });
    const item = itemsOf(pack, "SCRUTINY")[0]!;
    await updateAgendaItem({
      actor,
      itemId: item.id,
      version: item.version,
      change: { annotation: "First analyst" },
    });
    await expect(
      updateAgendaItem({
        actor,
        itemId: item.id,
        version: item.version,
        change: { annotation: "Second analyst" },
      }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    const after = await getPrisma().agendaItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.annotation).toBe("First analyst");
  });

  it("does not duplicate proposals when two analysts generate at once", async () => {
    const before = await getPrisma().agendaItem.count({ where: { meetingId: world.meeting.id } });
    const late = await createOffence(getPrisma(), { knifeUsed: true, recordedOn: day("2026-11-27") });
    await createInvestigation(getPrisma(), {
      offenceId: late.id,
      flaggedForScrutiny: true,
      scrutinyReason: "Late",
      flaggedAt: AGENDA_NOW,
    });
    await Promise.all(
      [1, 2].map(() =>
        generateAgendaPack({ actor: actorFor(world.analyst), meetingId: world.meeting.id, now: AGENDA_NOW }),
      ),
    );
    expect(await getPrisma().agendaItem.count({ where: { meetingId: world.meeting.id } })).toBe(before + 1);
  });
});
