import { describe, expect, it } from "vitest";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { generateAgendaPack } from "@/lib/meetings/server/generate-agenda-pack";
import { getAgendaPack } from "@/lib/meetings/server/get-agenda-pack";
import { updateAgendaItem } from "@/lib/meetings/server/update-agenda-item";
import { publishAgendaPack } from "@/lib/meetings/server/publish-agenda-pack";
import { reopenAgendaPack } from "@/lib/meetings/server/reopen-agenda-pack";
import { diffPacks } from "@/lib/meetings/rules";
import { PACK_LOCKED_MESSAGE } from "@/lib/meetings/messages";
import { AGENDA_NOW, itemsOf, withAgendaPackWorld } from "@/lib/testing/agenda-pack-world";

// Publishing a generated pack: the chair's alone; version 1 frozen and locked, then reopened and
// published again as version 2, with the differences between the two.

const world = withAgendaPackWorld({ generated: true });

describe("publishing", () => {
  it("is the chair's: the analyst is refused", async () => {
    await expect(
      publishAgendaPack({ actor: actorFor(world.analyst), meetingId: world.meeting.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("freezes version 1, locks the pack, and shows the differences of version 2", async () => {
    const { versionNumber } = await publishAgendaPack({
      actor: actorFor(world.chair),
      meetingId: world.meeting.id,
    });
    expect(versionNumber).toBe(1);
    const v1 = await getAgendaPack({ actor: actorFor(world.analyst), meetingId: world.meeting.id });
    expect(v1).toMatchObject({ status: "PUBLISHED", frozen: true, packVersion: 1 });
    const item = itemsOf(v1, "SCRUTINY")[0]!;
    await expect(
      updateAgendaItem({
        actor: actorFor(world.analyst),
        itemId: item.id,
        version: item.version,
        change: { annotation: "late" },
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: PACK_LOCKED_MESSAGE,
    });
    await expect(
      generateAgendaPack({ actor: actorFor(world.analyst), meetingId: world.meeting.id, now: AGENDA_NOW }),
    ).rejects.toMatchObject({ message: PACK_LOCKED_MESSAGE });

    await reopenAgendaPack({ actor: actorFor(world.analyst), meetingId: world.meeting.id });
    const draft = await getAgendaPack({ actor: actorFor(world.analyst), meetingId: world.meeting.id });
    const live = itemsOf(draft, "SCRUTINY")[0]!;
    await updateAgendaItem({
      actor: actorFor(world.analyst),
      itemId: live.id,
      version: live.version,
      change: { annotation: "Updated after publication" },
    });
    expect(
      (await publishAgendaPack({ actor: actorFor(world.chair), meetingId: world.meeting.id })).versionNumber,
    ).toBe(2);

    const one = await getAgendaPack({
      actor: actorFor(world.chair),
      meetingId: world.meeting.id,
      versionNumber: 1,
    });
    const two = await getAgendaPack({
      actor: actorFor(world.chair),
      meetingId: world.meeting.id,
      versionNumber: 2,
    });
    expect(diffPacks(one, two)).toEqual([
      { number: "2.1", title: live.title, change: "annotated", detail: "now “Updated after publication”" },
    ]);
    const audit = await getPrisma().auditEvent.findMany({ where: { event: "agenda.published" } });
    expect(audit).toHaveLength(2);
  });
});
