import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Meeting, User } from "@/lib/generated/prisma/client";
import { createUser } from "@/prisma/factories/create-user";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { day } from "@/prisma/factories/create-reference-data";
import { generateAgendaPack } from "@/lib/meetings/server/generate-agenda-pack";
import { getAgendaPack } from "@/lib/meetings/server/get-agenda-pack";
import { updateAgendaItem } from "@/lib/meetings/server/update-agenda-item";
import { moveAgendaItem } from "@/lib/meetings/server/move-agenda-item";
import { addFreeAgendaItem } from "@/lib/meetings/server/add-free-agenda-item";
import { publishAgendaPack } from "@/lib/meetings/server/publish-agenda-pack";
import { reopenAgendaPack } from "@/lib/meetings/server/reopen-agenda-pack";
import { promoteOffence } from "@/lib/meetings/server/promote-offence";
import { diffPacks } from "@/lib/meetings/rules";
import type { AgendaPack } from "@/lib/meetings/pack-types";
import { ALREADY_PROMOTED_MESSAGE, PACK_EMPTY_MESSAGE, PACK_LOCKED_MESSAGE } from "@/lib/meetings/messages";

// The pack from generation to a second published version, against a real database. The meeting is
// on 2026-12-08; the last one was 2026-11-10 (periodStart); "today" for actions is 2026-11-27.

let chair: User;
let analyst: User;
let meeting: Meeting;
const now = new Date("2026-11-27T12:00:00Z");
const ids: Record<string, number> = {};

withTestDatabase({ env: { ACTION_ESCALATION_DAYS: "14" } });
beforeAll(async () => {
  const prisma = getPrisma();
  chair = await createUser(prisma, { role: "CHAIR" });
  analyst = await createUser(prisma, { role: "ANALYST" });
  meeting = await createMeeting(prisma, {
    chairId: chair.id,
    heldAt: new Date("2026-12-08T10:00:00Z"),
    periodStart: day("2026-11-10"),
  });
  const offence = (key: string, fields: Parameters<typeof createOffence>[1]) =>
    createOffence(prisma, fields).then((o) => (ids[key] = o.id));
  await offence("adult8N", { knifeUsed: true, recordedOn: day("2026-11-11"), youngestVictimAge: 31 });
  await offence("youth8N", { knifeUsed: true, recordedOn: day("2026-11-20"), youngestVictimAge: 16 });
  await offence("attempt", {
    knifeUsed: true,
    recordedOn: day("2026-11-25"),
    offenceCode: "2",
    youngestVictimAge: 40,
  });
  await offence("homicide", {
    knifeUsed: true,
    recordedOn: day("2026-11-26"),
    offenceCode: "1",
    youngestVictimAge: 19,
  });
  await offence("onPeriodStart", { knifeUsed: true, recordedOn: day("2026-11-10"), youngestVictimAge: 22 });
  await offence("beforePeriod", { knifeUsed: true, recordedOn: day("2026-11-09") });
  await offence("noKnife", { knifeUsed: false, recordedOn: day("2026-11-15") });
  await offence("flaggedOld", { knifeUsed: true, recordedOn: day("2026-09-01") });
  await createInvestigation(prisma, {
    offenceId: ids.flaggedOld!,
    flaggedForScrutiny: true,
    scrutinyReason: "No suspect after 10 weeks",
    flaggedAt: now,
    flaggedById: analyst.id,
  });
  await createInvestigation(prisma, { offenceId: ids.youth8N!, oicId: chair.id });
  await createIntelligenceItem(prisma, {
    submittedById: analyst.id,
    offenceIds: [ids.youth8N!],
    handlingCode: "P",
  });
  await createIntelligenceItem(prisma, {
    submittedById: analyst.id,
    offenceIds: [ids.youth8N!],
    handlingCode: "C",
  });
  await createIntelligenceItem(prisma, {
    submittedById: analyst.id,
    offenceIds: [ids.youth8N!],
    handlingCode: "C",
  });
  const action = (key: string, dueOn: string, status: "OPEN" | "COMPLETED" = "OPEN") =>
    createActionItem(prisma, {
      ownerId: analyst.id,
      raisedById: chair.id,
      dueOn: day(dueOn),
      status,
      title: key,
      timesCarried: 2,
    }).then((a) => (ids[key] = a.id));
  await action("dueBeforeMeeting", "2026-12-03");
  await action("overdueLong", "2026-11-01"); // 26 days overdue: escalated
  await action("overdueShort", "2026-11-20");
  await action("dueAfterMeeting", "2026-12-20"); // carried twice: still the forum's business
  await createActionItem(prisma, {
    ownerId: analyst.id,
    raisedById: chair.id,
    dueOn: day("2027-01-20"),
    title: "notYetDue",
  });
  await action("completed", "2026-11-01", "COMPLETED");
});

const itemsOf = (pack: AgendaPack, kind: string) => pack.sections.find((s) => s.kind === kind)!.items;
const ref = (item: AgendaPack["sections"][number]["items"][number]) =>
  item.facts.kind === "case"
    ? item.facts.case.offenceId
    : item.facts.kind === "action"
      ? item.facts.action.actionItemId
      : null;

describe("generating the pack", () => {
  it("refuses an empty pack before anything is proposed", async () => {
    await expect(publishAgendaPack({ actor: actorFor(chair), meetingId: meeting.id })).rejects.toMatchObject({
      code: "VALIDATION",
      message: PACK_EMPTY_MESSAGE,
    });
  });

  it("lists the knife-used offences since the last meeting as ONE table item, pinned and under-25 first", async () => {
    await generateAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id, now });
    const pack = await getAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id });
    const section = itemsOf(pack, "NEW_OFFENCE");
    expect(section.map((i) => [i.number, i.kind])).toEqual([["1.1", "OFFENCE_TABLE"]]);
    const table = section[0]!.facts;
    if (table.kind !== "offence-table") throw new Error("expected the offence table");
    expect(table.rows.map((r) => r.offenceId)).toEqual([
      ids.homicide,
      ids.attempt,
      ids.onPeriodStart,
      ids.youth8N,
      ids.adult8N,
    ]);
    expect(table.rows.map((r) => r.priority)).toEqual([true, true, true, true, false]);
    const youth = table.rows.find((r) => r.offenceId === ids.youth8N)!;
    expect(youth).toMatchObject({
      intelligence: { open: 1, restricted: 2 },
      oic: chair.name,
      promotedAs: null,
    });
    // The flagged case never discussed is taken one by one; the other flagged cases table follows.
    const scrutiny = itemsOf(pack, "SCRUTINY");
    expect(scrutiny.map(ref)).toEqual([ids.flaggedOld, null]);
    expect(scrutiny.map((i) => i.kind)).toEqual(["SCRUTINY", "SCRUTINY_TABLE"]);
    expect(scrutiny[0]!.facts).toMatchObject({
      kind: "case",
      case: { scrutinyReason: "No suspect after 10 weeks", flaggedBy: analyst.name },
    });
  });

  it("reviews open actions in ONE table: overdue first, escalated, with RAG and meetings carried", async () => {
    const pack = await getAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id });
    const section = itemsOf(pack, "OPEN_ACTION");
    expect(section.map((i) => i.kind)).toEqual(["ACTION_REVIEW"]);
    const rows = section[0]!.facts.kind === "action-table" ? section[0]!.facts.rows : [];
    expect(rows.map((r) => r.actionItemId)).toEqual([
      ids.overdueLong,
      ids.overdueShort,
      ids.dueBeforeMeeting,
      ids.dueAfterMeeting,
    ]);
    expect(rows[0]).toMatchObject({ escalated: true, rag: "RED", timesCarried: 2, owner: analyst.name });
    expect(itemsOf(pack, "REFERRAL_UPDATE").map((i) => i.kind)).toEqual(["REFERRAL_TABLE"]);
    expect(itemsOf(pack, "THREAT_SUMMARY")).toHaveLength(1);
  });

  it("is refused to roles without meetings.read (investigators and partners hold no pack)", async () => {
    for (const role of ["INVESTIGATOR", "PARTNER", "ADMIN"] as const) {
      const user = await createUser(getPrisma(), { role });
      await expect(getAgendaPack({ actor: actorFor(user), meetingId: meeting.id })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        generateAgendaPack({ actor: actorFor(user), meetingId: meeting.id }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("curating", () => {
  it("promotes offences from the table to their own items, once only", async () => {
    const actor = actorFor(analyst);
    expect(await promoteOffence({ actor, meetingId: meeting.id, offenceId: ids.youth8N! })).toMatchObject({
      number: "1.2",
    });
    expect(await promoteOffence({ actor, meetingId: meeting.id, offenceId: ids.attempt! })).toMatchObject({
      number: "1.3",
    });
    await expect(
      promoteOffence({ actor, meetingId: meeting.id, offenceId: ids.youth8N! }),
    ).rejects.toMatchObject({ code: "VALIDATION", message: `${ALREADY_PROMOTED_MESSAGE} (item 1.2).` });
    // Two analysts at once: one item, one refusal.
    const both = await Promise.allSettled(
      [1, 2].map(() => promoteOffence({ actor, meetingId: meeting.id, offenceId: ids.adult8N! })),
    );
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(
      await getPrisma().agendaItem.count({ where: { meetingId: meeting.id, offenceId: ids.adult8N! } }),
    ).toBe(1);
    const pack = await getAgendaPack({ actor, meetingId: meeting.id });
    const table = itemsOf(pack, "NEW_OFFENCE")[0]!.facts;
    expect(
      table.kind === "offence-table" && table.rows.find((r) => r.offenceId === ids.youth8N)!.promotedAs,
    ).toBe("1.2");
    expect(itemsOf(pack, "NEW_OFFENCE").map(ref)).toEqual([null, ids.youth8N, ids.attempt, ids.adult8N]);
    expect(await getPrisma().auditEvent.count({ where: { event: "agenda.item-promoted" } })).toBe(3);
  });

  it("keeps removals, notes, order and free items when the pack is generated again", async () => {
    const actor = actorFor(analyst);
    let pack = await getAgendaPack({ actor, meetingId: meeting.id });
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
      meetingId: meeting.id,
      title: "Summer youth diversion funding",
      annotation: "",
    });

    const result = await generateAgendaPack({ actor, meetingId: meeting.id, now });
    expect(result.added).toBe(0);
    pack = await getAgendaPack({ actor, meetingId: meeting.id });
    expect(itemsOf(pack, "NEW_OFFENCE").map(ref)).toEqual([null, ids.attempt, ids.youth8N]);
    expect(itemsOf(pack, "NEW_OFFENCE")[2]!.annotation).toBe("Chair to ask about CCTV");
    expect(pack.removed.map(ref)).toEqual([ids.adult8N]);
    expect(itemsOf(pack, "FREE").map((i) => i.title)).toEqual(["Summer youth diversion funding"]);
  });

  it("refuses a stale edit of an item with a conflict, keeping the first edit", async () => {
    const actor = actorFor(analyst);
    const pack = await getAgendaPack({ actor, meetingId: meeting.id });
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
    const before = await getPrisma().agendaItem.count({ where: { meetingId: meeting.id } });
    const late = await createOffence(getPrisma(), { knifeUsed: true, recordedOn: day("2026-11-27") });
    await createInvestigation(getPrisma(), {
      offenceId: late.id,
      flaggedForScrutiny: true,
      scrutinyReason: "Late",
      flaggedAt: now,
    });
    await Promise.all(
      [1, 2].map(() => generateAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id, now })),
    );
    expect(await getPrisma().agendaItem.count({ where: { meetingId: meeting.id } })).toBe(before + 1);
  });
});

describe("publishing", () => {
  it("is the chair's: the analyst is refused", async () => {
    await expect(
      publishAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("freezes version 1, locks the pack, and shows the differences of version 2", async () => {
    const { versionNumber } = await publishAgendaPack({ actor: actorFor(chair), meetingId: meeting.id });
    expect(versionNumber).toBe(1);
    const v1 = await getAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id });
    expect(v1).toMatchObject({ status: "PUBLISHED", frozen: true, packVersion: 1 });
    const item = itemsOf(v1, "SCRUTINY")[0]!;
    await expect(
      updateAgendaItem({
        actor: actorFor(analyst),
        itemId: item.id,
        version: item.version,
        change: { annotation: "late" },
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: PACK_LOCKED_MESSAGE,
    });
    await expect(
      generateAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id, now }),
    ).rejects.toMatchObject({ message: PACK_LOCKED_MESSAGE });

    await reopenAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id });
    const draft = await getAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id });
    const live = itemsOf(draft, "SCRUTINY")[0]!;
    await updateAgendaItem({
      actor: actorFor(analyst),
      itemId: live.id,
      version: live.version,
      change: { annotation: "Updated after publication" },
    });
    expect((await publishAgendaPack({ actor: actorFor(chair), meetingId: meeting.id })).versionNumber).toBe(
      2,
    );

    const one = await getAgendaPack({ actor: actorFor(chair), meetingId: meeting.id, versionNumber: 1 });
    const two = await getAgendaPack({ actor: actorFor(chair), meetingId: meeting.id, versionNumber: 2 });
    expect(diffPacks(one, two)).toEqual([
      { number: "2.1", title: live.title, change: "annotated", detail: "now “Updated after publication”" },
    ]);
    const audit = await getPrisma().auditEvent.findMany({ where: { event: "agenda.published" } });
    expect(audit).toHaveLength(2);
  });
});
