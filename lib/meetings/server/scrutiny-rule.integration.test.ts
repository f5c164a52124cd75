import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Meeting, User } from "@/lib/generated/prisma/client";
import { createUser } from "@/prisma/factories/create-user";
import { createMeeting } from "@/prisma/factories/create-meeting";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { day } from "@/prisma/factories/create-reference-data";
import { generateAgendaPack } from "@/lib/meetings/server/generate-agenda-pack";
import { getAgendaPack } from "@/lib/meetings/server/get-agenda-pack";
import { promoteOffence } from "@/lib/meetings/server/promote-offence";
import type { AgendaPack } from "@/lib/meetings/pack-types";
import { ALREADY_PROMOTED_MESSAGE } from "@/lib/meetings/messages";

// Issue 12: every flagged case in the force was its own scrutiny item (474 at the national scale).
// The rule: flagged and still open, and returning at an earlier decision's request, not reached at
// an earlier meeting, flagged since the last meeting, or never discussed; the rest are one table.
// The earlier meetings were held on 2026-10-13 and 2026-11-10; this one is on 2026-12-08.

withTestDatabase();

const db = () => getPrisma();
let chair: User;
let analyst: User;
let oic: User;
let meeting: Meeting;
const ref: Record<string, string> = {};
const ids: Record<string, number> = {};

async function flagged(key: string, flaggedOn: string, extra: { age?: number; status?: "CHARGED" } = {}) {
  const offence = await createOffence(db(), {
    knifeUsed: true,
    recordedOn: day("2026-08-01"),
    youngestVictimAge: extra.age ?? 40,
  });
  await createInvestigation(db(), {
    offenceId: offence.id,
    oicId: oic.id,
    status: extra.status ?? "OPEN",
    flaggedForScrutiny: true,
    scrutinyReason: `Reason for ${key}`,
    flaggedAt: new Date(`${flaggedOn}T09:00:00Z`),
    flaggedById: key === "newFlag" ? oic.id : analyst.id,
  });
  ids[key] = offence.id;
  ref[key] = offence.crimeReference;
  return offence.id;
}

async function discussedAt(
  m: Meeting,
  offenceId: number,
  opts: { discussed?: boolean; returnToForum?: boolean },
) {
  const item = await db().agendaItem.create({
    data: {
      meetingId: m.id,
      kind: "SCRUTINY",
      position: 1,
      title: "Earlier item",
      offenceId,
      discussed: opts.discussed ?? true,
    },
  });
  if (opts.returnToForum !== undefined)
    await db().decision.create({
      data: {
        meetingId: m.id,
        agendaItemId: item.id,
        offenceId,
        text: "Decision",
        rationale: "Because",
        recordedById: chair.id,
        recordedAt: m.heldAt,
        returnToForum: opts.returnToForum,
      },
    });
}

beforeAll(async () => {
  chair = await createUser(db(), { role: "CHAIR" });
  analyst = await createUser(db(), { role: "ANALYST" });
  oic = await createUser(db(), { role: "INVESTIGATOR" });
  const closed = (heldAt: string) =>
    createMeeting(db(), { chairId: chair.id, status: "CLOSED", heldAt: new Date(`${heldAt}T10:00:00Z`) });
  const first = await closed("2026-10-13");
  const last = await closed("2026-11-10");
  meeting = await createMeeting(db(), { chairId: chair.id });

  await flagged("never", "2026-08-15");
  await flagged("newFlag", "2026-11-20", { age: 16 });
  await discussedAt(first, await flagged("reflagged", "2026-11-15"), {});
  await discussedAt(last, await flagged("returning", "2026-09-01"), { returnToForum: true });
  await discussedAt(last, await flagged("discussed", "2026-09-01"), { returnToForum: false });
  await discussedAt(last, await flagged("notReached", "2026-10-20"), { discussed: false });
  const changed = await flagged("askedBackThenNot", "2026-09-01");
  await discussedAt(first, changed, { returnToForum: true });
  await discussedAt(last, changed, { returnToForum: false });
  await flagged("charged", "2026-11-20", { status: "CHARGED" });
  await createOffence(db(), { knifeUsed: true, recordedOn: day("2026-08-01") }).then(
    (o) => (ids.notFlagged = o.id),
  );
});

const scrutinySection = (pack: AgendaPack) => pack.sections.find((s) => s.kind === "SCRUTINY")!.items;

describe("the scrutiny rule", () => {
  it("takes returning, not reached, new and never-discussed cases one by one, in that order, with why, reason and flagger", async () => {
    await generateAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id });
    const items = await db().agendaItem.findMany({
      where: { meetingId: meeting.id, kind: "SCRUTINY" },
      orderBy: { position: "asc" },
      select: { title: true, offenceId: true },
    });
    expect(items.map((i) => i.title)).toEqual([
      `${ref.returning} – returning at the forum's request`,
      `${ref.notReached} – not reached at an earlier meeting`,
      `${ref.newFlag} – flagged since the last meeting`, // under 25: before the older new flag
      `${ref.reflagged} – flagged since the last meeting`,
      `${ref.never} – flagged earlier, not yet discussed`,
    ]);
    const pack = await getAgendaPack({ actor: actorFor(chair), meetingId: meeting.id });
    const section = scrutinySection(pack);
    expect(section.map((i) => [i.number, i.kind])).toEqual([
      ["2.1", "SCRUTINY"],
      ["2.2", "SCRUTINY"],
      ["2.3", "SCRUTINY"],
      ["2.4", "SCRUTINY"],
      ["2.5", "SCRUTINY"],
      ["2.6", "SCRUTINY_TABLE"],
    ]);
    expect(section[2]!.facts).toMatchObject({
      kind: "case",
      case: { offenceId: ids.newFlag, scrutinyReason: "Reason for newFlag", flaggedBy: oic.name },
    });
    expect(section[0]!.facts).toMatchObject({ case: { flaggedBy: analyst.name } });
  });

  it("lists the other flagged, open cases in one table with why, and never a closed or unflagged case", async () => {
    const pack = await getAgendaPack({ actor: actorFor(chair), meetingId: meeting.id });
    const table = scrutinySection(pack).at(-1)!.facts;
    if (table.kind !== "scrutiny-table") throw new Error("expected the other flagged cases");
    expect(table.rows.map((r) => r.offenceId)).toEqual([ids.discussed, ids.askedBackThenNot]);
    expect(table.rows[0]).toMatchObject({
      why: "discussed before",
      lastDiscussedOn: "2026-11-10",
      reason: "Reason for discussed",
      flaggedBy: analyst.name,
      oic: oic.name,
      promotedAs: null,
    });
    const everywhere = JSON.stringify(pack);
    expect(everywhere).not.toContain(ref.charged);
  });

  it("a regenerate adds nothing new", async () => {
    const again = await generateAgendaPack({ actor: actorFor(analyst), meetingId: meeting.id });
    expect(again.added).toBe(0);
  });

  it("promotes a case from the table to a scrutiny item after the section's items, once", async () => {
    const promoted = await promoteOffence({
      actor: actorFor(analyst),
      meetingId: meeting.id,
      offenceId: ids.discussed!,
      section: "SCRUTINY",
    });
    expect(promoted.number).toBe("2.7");
    const pack = await getAgendaPack({ actor: actorFor(chair), meetingId: meeting.id });
    const section = scrutinySection(pack);
    expect(section.at(-1)).toMatchObject({ number: "2.7", kind: "SCRUTINY" });
    const table = section.find((i) => i.kind === "SCRUTINY_TABLE")!.facts;
    if (table.kind !== "scrutiny-table") throw new Error("expected the other flagged cases");
    expect(table.rows.find((r) => r.offenceId === ids.discussed)?.promotedAs).toBe("2.7");

    await expect(
      promoteOffence({
        actor: actorFor(analyst),
        meetingId: meeting.id,
        offenceId: ids.discussed!,
        section: "SCRUTINY",
      }),
    ).rejects.toMatchObject({ message: `${ALREADY_PROMOTED_MESSAGE} (item 2.7).` });
    await expect(
      promoteOffence({
        actor: actorFor(analyst),
        meetingId: meeting.id,
        offenceId: ids.notFlagged!,
        section: "SCRUTINY",
      }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db().agendaItem.count({ where: { meetingId: meeting.id, offenceId: ids.discussed } })).toBe(
      1,
    );
    expect(await db().agendaItem.count({ where: { meetingId: meeting.id, offenceId: ids.notFlagged } })).toBe(
      0,
    );
  });
});
