import { describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { mergeInput } from "@/lib/testing/merge-input";
import { getPrisma } from "@/lib/db/server/prisma";
import { mergePersons } from "@/lib/persons/server/merge-persons";
import { undoPersonMerge } from "@/lib/persons/server/undo-person-merge";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { createReferral } from "@/prisma/factories/create-referral";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";

// Merging two records of one person and undoing it: every link moves and comes back. Finding
// the pairs to merge: persons.integration.test.ts (findPersonMatches).

withTestDatabase();
const actors = withActors({ analyst: "ANALYST", chair: "CHAIR", investigator: "INVESTIGATOR" });

describe("mergePersons and undoPersonMerge", () => {
  it("moves every link to the survivor and undo puts back exactly what moved", async () => {
    const prisma = getPrisma();
    const keep = await createPerson(prisma, {
      surname: "Smith",
      forenames: "John",
      dateOfBirth: null,
      npu: "Coventry",
    });
    const dupe = await createPerson(prisma, {
      surname: "Smyth",
      forenames: "Jon",
      dateOfBirth: day("2010-05-05"),
    });
    const shared = await createOffence(prisma, {
      occurredOn: day("2026-10-01"),
      reportedVictimAge: 30,
      youngestVictimAge: 30,
    });
    const own = await createOffence(prisma);
    await linkPerson(prisma, shared.id, keep.id, "VICTIM");
    const dupeShared = await linkPerson(prisma, shared.id, dupe.id, "VICTIM");
    const dupeOwn = await linkPerson(prisma, own.id, dupe.id, "SUSPECT");
    const item = await createIntelligenceItem(prisma, {
      submittedById: actors.analyst.id,
      personIds: [dupe.id],
    });
    const referral = await createReferral(prisma, {
      personId: dupe.id,
      referringOfficerId: actors.analyst.id,
    });
    const meeting = await createMeeting(prisma, { chairId: actors.chair.id });
    const action = await createActionItem(prisma, {
      ownerId: actors.analyst.id,
      raisedById: actors.chair.id,
      personId: dupe.id,
    });
    const decision = await prisma.decision.create({
      data: {
        meetingId: meeting.id,
        personId: dupe.id,
        text: "Refer",
        rationale: "Risk",
        recordedById: actors.chair.id,
      },
    });
    const agenda = await prisma.agendaItem.create({
      data: { meetingId: meeting.id, position: 1, kind: "FREE", title: "Person", personId: dupe.id },
    });
    const group = await prisma.group.create({ data: { name: `Group ${dupe.id}`, type: "STREET_GANG" } });
    const membership = await prisma.groupMembership.create({
      data: { groupId: group.id, personId: dupe.id, role: "associate", startOn: day("2026-01-01") },
    });

    const before = await prisma.person.findMany({
      where: { id: { in: [keep.id, dupe.id] } },
      orderBy: { id: "asc" },
    });
    const result = await mergePersons({
      actor: actors.analyst,
      input: mergeInput(keep.id, dupe.id, { dateOfBirth: "b" }),
    });

    const survivor = await prisma.person.findUniqueOrThrow({ where: { id: keep.id } });
    expect(survivor.dateOfBirth).toEqual(day("2010-05-05"));
    expect((await prisma.person.findUniqueOrThrow({ where: { id: dupe.id } })).mergedIntoId).toBe(keep.id);
    expect((await prisma.offencePerson.findUniqueOrThrow({ where: { id: dupeOwn.id } })).personId).toBe(
      keep.id,
    );
    // Already a victim of the shared offence: the duplicate link is retired, not doubled.
    expect(
      (await prisma.offencePerson.findUniqueOrThrow({ where: { id: dupeShared.id } })).removedAt,
    ).not.toBeNull();
    expect(
      await prisma.intelligencePerson.findFirst({ where: { itemId: item.id, personId: keep.id } }),
    ).not.toBeNull();
    for (const [model, id] of [
      [prisma.referral, referral.id],
      [prisma.actionItem, action.id],
      [prisma.decision, decision.id],
      [prisma.agendaItem, agenda.id],
      [prisma.groupMembership, membership.id],
    ] as const) {
      expect(
        (
          (await (model as typeof prisma.referral).findUniqueOrThrow({ where: { id } })) as {
            personId: number;
          }
        ).personId,
      ).toBe(keep.id);
    }
    // The survivor now has a date of birth: the shared offence's youngest victim is 16.
    expect((await prisma.offence.findUniqueOrThrow({ where: { id: shared.id } })).youngestVictimAge).toBe(16);
    const mergeAudit = await prisma.auditEvent.findFirstOrThrow({
      where: { event: "person.merged", entityId: String(keep.id) },
    });
    expect(mergeAudit.category).toBe("COMBINATION");

    await undoPersonMerge({ actor: actors.analyst, input: { mergeId: result.mergeId } });
    const after = await prisma.person.findMany({
      where: { id: { in: [keep.id, dupe.id] } },
      orderBy: { id: "asc" },
    });
    const strip = (p: (typeof before)[number]) => ({ ...p, version: undefined, updatedAt: undefined });
    expect(after.map(strip)).toEqual(before.map(strip));
    expect((await prisma.offencePerson.findUniqueOrThrow({ where: { id: dupeOwn.id } })).personId).toBe(
      dupe.id,
    );
    expect(
      (await prisma.offencePerson.findUniqueOrThrow({ where: { id: dupeShared.id } })).removedAt,
    ).toBeNull();
    expect(
      await prisma.intelligencePerson.findFirst({
        where: { itemId: item.id, personId: dupe.id, removedAt: null },
      }),
    ).not.toBeNull();
    expect((await prisma.referral.findUniqueOrThrow({ where: { id: referral.id } })).personId).toBe(dupe.id);
    expect((await prisma.actionItem.findUniqueOrThrow({ where: { id: action.id } })).personId).toBe(dupe.id);
    expect((await prisma.decision.findUniqueOrThrow({ where: { id: decision.id } })).personId).toBe(dupe.id);
    expect((await prisma.agendaItem.findUniqueOrThrow({ where: { id: agenda.id } })).personId).toBe(dupe.id);
    expect((await prisma.groupMembership.findUniqueOrThrow({ where: { id: membership.id } })).personId).toBe(
      dupe.id,
    );
    expect((await prisma.offence.findUniqueOrThrow({ where: { id: shared.id } })).youngestVictimAge).toBe(16);
    await expect(
      undoPersonMerge({ actor: actors.analyst, input: { mergeId: result.mergeId } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("refuses an investigator", async () => {
    const a = await createPerson(getPrisma());
    const b = await createPerson(getPrisma());
    await expect(
      mergePersons({
        actor: actors.investigator,
        input: mergeInput(a.id, b.id),
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
