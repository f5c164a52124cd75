import { describe, expect, it } from "vitest";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { createUser } from "@/prisma/factories/create-user";
import { generateAgendaPack } from "@/lib/meetings/server/generate-agenda-pack";
import { getAgendaPack } from "@/lib/meetings/server/get-agenda-pack";
import { publishAgendaPack } from "@/lib/meetings/server/publish-agenda-pack";
import { PACK_EMPTY_MESSAGE } from "@/lib/meetings/messages";
import { AGENDA_NOW, itemsOf, ref, withAgendaPackWorld } from "@/lib/testing/agenda-pack-world";

// Generating the pack from the world of lib/testing/agenda-pack-world.ts: refused while empty, then
// the offence, scrutiny and action tables it proposes, and who may not generate or read it.

const world = withAgendaPackWorld();

describe("generating the pack", () => {
  it("refuses an empty pack before anything is proposed", async () => {
    await expect(
      publishAgendaPack({ actor: actorFor(world.chair), meetingId: world.meeting.id }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      message: PACK_EMPTY_MESSAGE,
    });
  });

  it("lists the knife-used offences since the last meeting as ONE table item, pinned and under-25 first", async () => {
    await generateAgendaPack({
      actor: actorFor(world.analyst),
      meetingId: world.meeting.id,
      now: AGENDA_NOW,
    });
    const pack = await getAgendaPack({ actor: actorFor(world.analyst), meetingId: world.meeting.id });
    const section = itemsOf(pack, "NEW_OFFENCE");
    expect(section.map((i) => [i.number, i.kind])).toEqual([["1.1", "OFFENCE_TABLE"]]);
    const table = section[0]!.facts;
    if (table.kind !== "offence-table") throw new Error("expected the offence table");
    expect(table.rows.map((r) => r.offenceId)).toEqual([
      world.ids.homicide,
      world.ids.attempt,
      world.ids.onPeriodStart,
      world.ids.youth8N,
      world.ids.adult8N,
    ]);
    expect(table.rows.map((r) => r.priority)).toEqual([true, true, true, true, false]);
    const youth = table.rows.find((r) => r.offenceId === world.ids.youth8N)!;
    expect(youth).toMatchObject({
      intelligence: { open: 1, restricted: 2 },
      oic: world.chair.name,
      promotedAs: null,
    });
    // The flagged case never discussed is taken one by one; the other flagged cases table follows.
    const scrutiny = itemsOf(pack, "SCRUTINY");
    expect(scrutiny.map(ref)).toEqual([world.ids.flaggedOld, null]);
    expect(scrutiny.map((i) => i.kind)).toEqual(["SCRUTINY", "SCRUTINY_TABLE"]);
    expect(scrutiny[0]!.facts).toMatchObject({
      kind: "case",
      case: { scrutinyReason: "No suspect after 10 weeks", flaggedBy: world.analyst.name },
    });
  });

  it("reviews open actions in ONE table: overdue first, escalated, with RAG and meetings carried", async () => {
    const pack = await getAgendaPack({ actor: actorFor(world.analyst), meetingId: world.meeting.id });
    const section = itemsOf(pack, "OPEN_ACTION");
    expect(section.map((i) => i.kind)).toEqual(["ACTION_REVIEW"]);
    const rows = section[0]!.facts.kind === "action-table" ? section[0]!.facts.rows : [];
    expect(rows.map((r) => r.actionItemId)).toEqual([
      world.ids.overdueLong,
      world.ids.overdueShort,
      world.ids.dueBeforeMeeting,
      world.ids.dueAfterMeeting,
    ]);
    expect(rows[0]).toMatchObject({
      escalated: true,
      rag: "RED",
      timesCarried: 2,
      owner: world.analyst.name,
    });
    expect(itemsOf(pack, "REFERRAL_UPDATE").map((i) => i.kind)).toEqual(["REFERRAL_TABLE"]);
    expect(itemsOf(pack, "THREAT_SUMMARY")).toHaveLength(1);
  });

  it("is refused to roles without meetings.read (investigators and partners hold no pack)", async () => {
    for (const role of ["INVESTIGATOR", "PARTNER", "ADMIN"] as const) {
      const user = await createUser(getPrisma(), { role });
      await expect(
        getAgendaPack({ actor: actorFor(user), meetingId: world.meeting.id }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        generateAgendaPack({ actor: actorFor(user), meetingId: world.meeting.id }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});
