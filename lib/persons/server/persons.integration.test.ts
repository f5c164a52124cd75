import { describe, expect, it } from "vitest";
import { ONE_OF_EACH_ROLE, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { giveReasonForPerson } from "@/lib/testing/access-reason";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { saveAccessReason } from "@/lib/auth/server/save-access-reason";
import { findPersonMatches } from "@/lib/persons/server/find-person-matches";
import { getPersonRecord } from "@/lib/person-record/server/get-person-record";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { day } from "@/prisma/factories/create-reference-data";

withTestDatabase();
const actors = withActors(ONE_OF_EACH_ROLE);

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
    await giveReasonForPerson(actors.investigator, person.id);
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
      await giveReasonForPerson(actor, person.id);
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
      await giveReasonForPerson(actor, person.id);
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
