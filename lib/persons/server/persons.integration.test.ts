import { describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { mergeInput } from "@/lib/testing/merge-input";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { saveAccessReason } from "@/lib/auth/server/save-access-reason";
import { findPersonMatches } from "@/lib/persons/server/find-person-matches";
import { getPersonRecord } from "@/lib/persons/server/get-person-record";
import { mergePersons } from "@/lib/persons/server/merge-persons";
import { undoPersonMerge } from "@/lib/persons/server/undo-person-merge";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { createReferral } from "@/prisma/factories/create-referral";
import { createActionItem, createMeeting } from "@/prisma/factories/create-meeting";
import { day } from "@/prisma/factories/create-reference-data";

withTestDatabase();
const actors = withActors({
  analyst: "ANALYST",
  investigator: "INVESTIGATOR",
  partner: { role: "PARTNER" },
  chair: "CHAIR",
});

describe("findPersonMatches", () => {
  it("finds John Smith for 'Jon Smyth', and with forenames and surname swapped", async () => {
    const john = await createPerson(getPrisma(), {
      surname: "Smith",
      forenames: "John",
      dateOfBirth: day("2007-03-04"),
    });
    await createPerson(getPrisma(), { surname: "Okonkwo", forenames: "Chidi" });
    const fuzzy = await findPersonMatches({
      actor: actors.analyst,
      input: { surname: "Smyth", forenames: "Jon", dateOfBirth: null },
    });
    expect(fuzzy.map((m) => m.id)).toContain(john.id);
    expect(fuzzy.every((m) => m.surname !== "Okonkwo")).toBe(true);
    const swapped = await findPersonMatches({
      actor: actors.analyst,
      input: { surname: "John", forenames: "Smith", dateOfBirth: "2007-03-04" },
    });
    expect(swapped[0]).toMatchObject({ id: john.id, sameDateOfBirth: true, offenceCount: 0 });
  });

  it("never proposes a merged-away record", async () => {
    const survivor = await createPerson(getPrisma(), { surname: "Marchetti", forenames: "Luca" });
    const merged = await createPerson(getPrisma(), {
      surname: "Marchetti",
      forenames: "Luca",
      mergedIntoId: survivor.id,
      mergedAt: new Date(),
    });
    const matches = await findPersonMatches({
      actor: actors.analyst,
      input: { surname: "Marchetti", forenames: "Luca", dateOfBirth: null },
    });
    expect(matches.map((m) => m.id)).toEqual([survivor.id]);
    expect(matches.map((m) => m.id)).not.toContain(merged.id);
  });
});

describe("getPersonRecord", () => {
  it("asks for a reason first, then logs every view with it", async () => {
    const person = await createPerson(getPrisma(), { surname: "Reasonable" });
    expect(await getPersonRecord({ actor: actors.investigator, personId: person.id })).toMatchObject({
      status: "reason-required",
      context: { type: "person", id: person.id },
    });
    await saveAccessReason({
      actor: actors.investigator,
      input: {
        contextType: "person",
        contextId: person.id,
        reason: "Safeguarding or risk assessment",
        details: "",
      },
    });
    const first = await getPersonRecord({ actor: actors.investigator, personId: person.id });
    await getPersonRecord({ actor: actors.investigator, personId: person.id });
    expect(first.status).toBe("ok");
    const views = await getPrisma().auditEvent.findMany({
      where: { event: "person.viewed", entityId: String(person.id), actorId: actors.investigator.id },
    });
    expect(views).toHaveLength(2);
    expect(
      views.every(
        (v) => v.category === "CONSULTATION" && v.justification === "Safeguarding or risk assessment",
      ),
    ).toBe(true);
  });

  it("remembers a reason given for the case for people linked to it, not for others", async () => {
    const offence = await createOffence(getPrisma());
    const linked = await createPerson(getPrisma());
    const unrelated = await createPerson(getPrisma());
    await linkPerson(getPrisma(), offence.id, linked.id, "VICTIM");
    await saveAccessReason({
      actor: actors.analyst,
      input: {
        contextType: "offence",
        contextId: offence.id,
        reason: "Other",
        details: "Checking the new case",
      },
    });
    expect(
      (await getPersonRecord({ actor: actors.analyst, personId: linked.id, offenceContextId: offence.id }))
        .status,
    ).toBe("ok");
    expect(
      (await getPersonRecord({ actor: actors.analyst, personId: unrelated.id, offenceContextId: offence.id }))
        .status,
    ).toBe("reason-required");
  });

  it("hides restricted intelligence text from investigators but shows that it exists", async () => {
    const analystName = (await getPrisma().user.findUniqueOrThrow({ where: { id: actors.analyst.id } })).name;
    const person = await createPerson(getPrisma());
    await createIntelligenceItem(getPrisma(), {
      submittedById: actors.analyst.id,
      handlingCode: "C",
      text: "Restricted content",
      personIds: [person.id],
    });
    for (const actor of [actors.investigator, actors.chair]) {
      await saveAccessReason({
        actor,
        input: {
          contextType: "person",
          contextId: person.id,
          reason: "Safeguarding or risk assessment",
          details: "",
        },
      });
    }
    const seen = await getPersonRecord({ actor: actors.investigator, personId: person.id });
    const chairSeen = await getPersonRecord({ actor: actors.chair, personId: person.id });
    if (seen.status !== "ok" || chairSeen.status !== "ok") throw new Error("expected records");
    // That it exists and whom to ask, never which item: no id or date to find it by (issue 13.13).
    expect(seen.record.intelligence).toEqual({
      items: [],
      restricted: { count: 1, askSubmitters: [analystName] },
    });
    expect(JSON.stringify(seen.record)).not.toContain("Restricted content");
    expect(chairSeen.record.intelligence?.restricted).toBeNull();
    expect(chairSeen.record.intelligence?.items[0]).toMatchObject({
      restricted: false,
      text: "Restricted content",
      grading: "2 B C",
    });
  });

  it("never names the person before the reason is given (issue 13.9)", async () => {
    const person = await createPerson(getPrisma(), { surname: "Unnamedbeforereason", forenames: "Quill" });
    const result = await getPersonRecord({ actor: actors.investigator, personId: person.id });
    expect(result.status).toBe("reason-required");
    expect(JSON.stringify(result)).not.toMatch(/Unnamedbeforereason|Quill/);
  });

  it("computes group membership only for roles that may read groups (issue 13.11)", async () => {
    const person = await createPerson(getPrisma());
    const group = await getPrisma().group.create({
      data: { name: `Closed group ${person.id}`, type: "STREET_GANG" },
    });
    await getPrisma().groupMembership.create({
      data: { groupId: group.id, personId: person.id, role: "associate", startOn: day("2026-01-01") },
    });
    const flagsOf = async (actor: Actor) => {
      await saveAccessReason({
        actor,
        input: {
          contextType: "person",
          contextId: person.id,
          reason: "Safeguarding or risk assessment",
          details: "",
        },
      });
      const result = await getPersonRecord({ actor, personId: person.id });
      if (result.status !== "ok") throw new Error("expected a record");
      return result.record;
    };
    const seen = await flagsOf(actors.investigator);
    expect(seen.flags).not.toContain("GROUP_MEMBER");
    expect(JSON.stringify(seen)).not.toMatch(/group/i);
    expect((await flagsOf(actors.analyst)).flags).toContain("GROUP_MEMBER");
  });

  it("refuses a partner and audits the refusal", async () => {
    const person = await createPerson(getPrisma());
    await expect(getPersonRecord({ actor: actors.partner, personId: person.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(
      await getPrisma().auditEvent.count({
        where: { event: "access.refused", actorId: actors.partner.id, entityId: String(person.id) },
      }),
    ).toBe(1);
  });
});

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
