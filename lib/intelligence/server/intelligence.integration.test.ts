import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { parseIntelListQuery } from "@/lib/intelligence/list-query";
import { submitIntelligenceSchema } from "@/lib/intelligence/schemas";
import { intelligenceAccess } from "@/lib/intelligence/server/intel-access";
import { listIntelligence } from "@/lib/intelligence/server/list-intelligence";
import { getIntelligenceRecord } from "@/lib/intelligence/server/get-intelligence-record";
import { listLinkedIntelligence } from "@/lib/intelligence/server/list-linked-intelligence";
import { submitIntelligence } from "@/lib/intelligence/server/submit-intelligence";
import { regradeIntelligence } from "@/lib/intelligence/server/regrade-intelligence";
import { changeIntelligenceLink } from "@/lib/intelligence/server/change-intelligence-link";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence } from "@/prisma/factories/create-offence";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { day, ensureReferenceData } from "@/prisma/factories/create-reference-data";

// The one intelligence access rule across list, count, search, record and linked sections, and the
// writes: submission, re-grading with history, linking — each audited, refusals included.

const SECRET = "Restricted: zebra-kestrel carries a machete for the Eastside group.";
let analyst: Actor;
let investigator: Actor;
let chair: Actor;
let partner: Actor;
let admin: Actor;

const list = (actor: Actor, params: Record<string, string> = {}) =>
  listIntelligence({ actor, query: parseIntelListQuery(params).query });
const refusals = (actor: Actor) =>
  getPrisma().auditEvent.count({ where: { event: "access.refused", actorId: actor.id } });

withTestDatabase();
beforeAll(async () => {
  const prisma = getPrisma();
  await ensureReferenceData(prisma);
  analyst = actorFor(await createUser(prisma, { role: "ANALYST", name: "Ana Analyst" }));
  investigator = actorFor(await createUser(prisma, { role: "INVESTIGATOR" }));
  chair = actorFor(await createUser(prisma, { role: "CHAIR" }));
  partner = actorFor(await createUser(prisma, { role: "PARTNER", provider: "St Giles Trust" }));
  admin = actorFor(await createUser(prisma, { role: "ADMIN" }));
});

describe("the access rule", () => {
  let person: { id: number };
  let restrictedId: number;
  let openId: number;

  beforeAll(async () => {
    const prisma = getPrisma();
    person = await createPerson(prisma);
    restrictedId = (
      await createIntelligenceItem(prisma, {
        submittedById: analyst.id,
        handlingCode: "C",
        sourceEvaluation: "S1",
        assessment: "A",
        text: SECRET,
        receivedOn: day("2026-11-10"),
        personIds: [person.id],
      })
    ).id;
    openId = (
      await createIntelligenceItem(prisma, {
        submittedById: analyst.id,
        text: "Open zebra-kestrel sighting.",
        receivedOn: day("2026-11-02"),
        personIds: [person.id],
      })
    ).id;
    await createIntelligenceItem(prisma, {
      submittedById: analyst.id,
      text: "Withdrawn zebra-kestrel item.",
      withdrawnAt: new Date(),
      personIds: [person.id],
    });
  });

  it("lists restricted items to an investigator as markers only, and counts them", async () => {
    const page = await list(investigator);
    const restricted = page.rows.find((r) => r.id === restrictedId);
    expect(restricted).toEqual({
      restricted: true,
      id: restrictedId,
      receivedOn: day("2026-11-10"),
      submittedBy: "Ana Analyst",
    });
    expect(page.rows.find((r) => r.id === openId)).toMatchObject({ restricted: false, grading: "2 B P" });
    expect(JSON.stringify(page)).not.toContain("Restricted: zebra");
    expect(page.total).toBe((await list(analyst)).total);
    expect(page.gradingSortable).toBe(false);
  });

  it("never finds a restricted item by its text, reference or grading for an investigator", async () => {
    const found = await list(investigator, { q: "zebra-kestrel" });
    expect(found.rows.map((r) => r.id)).toEqual([openId]);
    expect(found.total).toBe(1);
    expect((await list(investigator, { q: "machete" })).total).toBe(0);
    expect((await list(investigator, { source: "S1" })).total).toBe(0);
    expect((await list(investigator, { assessment: "A" })).total).toBe(0);
    // The handling filter is about what a marker already shows.
    expect((await list(investigator, { handling: "C" })).rows.map((r) => r.id)).toEqual([restrictedId]);
  });

  it("gives the chair and analyst everything, searchable, and leaves withdrawn items out", async () => {
    const found = await list(chair, { q: "zebra-kestrel" });
    expect(found.rows.map((r) => r.id)).toEqual([restrictedId, openId]);
    expect(found.rows[0]).toMatchObject({
      restricted: false,
      text: SECRET,
      grading: "1 A C",
      handlingConditions: expect.any(String),
    });
    expect((await list(analyst, { source: "S1" })).rows.map((r) => r.id)).toEqual([restrictedId]);
  });

  it("refuses partners and administrators everywhere, audited, and their where-fragment matches nothing", async () => {
    for (const actor of [partner, admin]) {
      const before = await refusals(actor);
      await expect(list(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getIntelligenceRecord({ actor, itemId: openId })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(listLinkedIntelligence({ actor, to: { personId: person.id } })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await refusals(actor)).toBe(before + 3);
      expect(await getPrisma().intelligenceItem.count({ where: intelligenceAccess(actor).exists })).toBe(0);
    }
  });

  it("opens a restricted record for an investigator as the marker only, and logs the consultation", async () => {
    const record = await getIntelligenceRecord({ actor: investigator, itemId: restrictedId });
    expect(record).toEqual({
      restricted: true,
      item: { restricted: true, id: restrictedId, receivedOn: day("2026-11-10"), submittedBy: "Ana Analyst" },
      submittedByRole: "Analyst",
    });
    expect(JSON.stringify(record)).not.toContain("zebra");
    const viewed = await getPrisma().auditEvent.findFirst({
      where: { event: "intel.viewed", actorId: investigator.id, entityId: String(restrictedId) },
    });
    expect(viewed).toMatchObject({ category: "CONSULTATION" });
  });

  it("opens the full record, with history and links, for the analyst", async () => {
    const record = await getIntelligenceRecord({ actor: analyst, itemId: restrictedId });
    if (record.restricted) throw new Error("expected the full record");
    expect(record.item.text).toBe(SECRET);
    expect(record.history).toHaveLength(1);
    expect(record.persons.map((p) => p.id)).toEqual([person.id]);
  });

  it("lists a person's linked intelligence newest first; restricted only as a notice of whom to ask (issue 13.13)", async () => {
    const linked = await listLinkedIntelligence({ actor: investigator, to: { personId: person.id } });
    expect(linked.items.map((l) => [l.id, l.restricted])).toEqual([[openId, false]]);
    expect(linked.restricted).toEqual({ count: 1, askSubmitters: ["Ana Analyst"] });
    // Nothing that ties the register's marker (id, received date) to this person.
    expect(JSON.stringify(linked)).not.toContain("2026-11-10");
    expect(JSON.stringify(linked)).not.toContain(`"id":${restrictedId},`);
    const full = await listLinkedIntelligence({ actor: chair, to: { personId: person.id } });
    expect(full.items.map((l) => l.id)).toEqual([restrictedId, openId]);
    expect(full.restricted).toBeNull();
  });
});

describe("submitting", () => {
  const form = (overrides: Record<string, unknown> = {}) =>
    submitIntelligenceSchema.parse({
      receivedOn: { day: "3", month: "11", year: "2026" },
      text: "Sanitised: a youth was seen passing a knife.",
      sourceEvaluation: "S2",
      assessment: "C",
      handlingCode: "P",
      ...overrides,
    });

  it("records the item, its first grading and links, with a COLLECTION audit row", async () => {
    const person = await createPerson(getPrisma());
    const offence = await createOffence(getPrisma());
    const made = await submitIntelligence({
      actor: investigator,
      input: form({ personIds: [person.id], offenceIds: [offence.id] }),
    });
    expect(made.reference).toMatch(/^CG-INT-2026-\d{5}$/);
    const item = await getPrisma().intelligenceItem.findUniqueOrThrow({
      where: { id: made.id },
      include: { gradings: true, persons: true, offences: true },
    });
    expect(item).toMatchObject({
      submittedById: investigator.id,
      handlingConditions: null,
      sourceEvaluation: "S2",
      assessment: "C",
    });
    expect(item.gradings).toHaveLength(1);
    expect(item.persons.map((p) => p.personId)).toEqual([person.id]);
    expect(item.offences.map((o) => o.offenceId)).toEqual([offence.id]);
    const audit = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "intel.submitted", entityId: String(made.id) },
    });
    expect(audit.category).toBe("COLLECTION");
    expect(JSON.stringify(audit.changes)).not.toContain("passing a knife");
  });

  it("refuses a C code without conditions and a grading outside 3x5x2: nothing written, refusal audited", async () => {
    expect(
      submitIntelligenceSchema.safeParse({
        ...form(),
        handlingCode: "C",
        handlingConditions: "",
        receivedOn: { day: "3", month: "11", year: "2026" },
      }).success,
    ).toBe(false);
    const itemsBefore = await getPrisma().intelligenceItem.count();
    const refusedBefore = await refusals(analyst);
    await expect(
      submitIntelligence({ actor: analyst, input: { ...form(), handlingCode: "C", handlingConditions: "" } }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { handlingConditions: [expect.stringContaining("handling conditions")] },
    });
    await expect(
      submitIntelligence({ actor: analyst, input: { ...form(), sourceEvaluation: "S4" as never } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await getPrisma().intelligenceItem.count()).toBe(itemsBefore);
    expect(await refusals(analyst)).toBe(refusedBefore + 2);
  });

  it("refuses partners (audited) and keeps linking groups to those who may read groups", async () => {
    await expect(submitIntelligence({ actor: partner, input: form() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      submitIntelligence({ actor: investigator, input: form({ groupIds: [1] }) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("re-grading and linking", () => {
  it("keeps the old grading in the history, audits before and after, and refuses a stale version", async () => {
    const item = await createIntelligenceItem(getPrisma(), { submittedById: analyst.id });
    const input = {
      id: item.id,
      version: 1,
      sourceEvaluation: "S1" as const,
      assessment: "A" as const,
      handlingCode: "C" as const,
      handlingConditions: "OIC only",
      reason: "Corroborated by CCTV",
    };
    await expect(regradeIntelligence({ actor: investigator, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      regradeIntelligence({ actor: analyst, input: { ...input, handlingConditions: " " } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await regradeIntelligence({ actor: analyst, input })).toEqual({
      id: item.id,
      version: 2,
      grading: "1 A C",
    });

    const history = await getPrisma().intelligenceGrading.findMany({
      where: { itemId: item.id },
      orderBy: { id: "asc" },
    });
    expect(history.map((g) => `${g.sourceEvaluation}${g.assessment}${g.handlingCode}`)).toEqual([
      "S2BP",
      "S1AC",
    ]);
    expect(history[1]).toMatchObject({
      reason: "Corroborated by CCTV",
      gradedById: analyst.id,
      handlingConditions: "OIC only",
    });
    const audit = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "intel.graded", entityId: String(item.id) },
    });
    expect(audit.category).toBe("ALTERATION");

    const conflict = regradeIntelligence({ actor: analyst, input: { ...input, assessment: "B" } });
    await expect(conflict).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("1 A C"),
    });
    expect(await getPrisma().intelligenceGrading.count({ where: { itemId: item.id } })).toBe(2);
    // Once C-coded, the item is a marker for the investigator.
    expect((await getIntelligenceRecord({ actor: investigator, itemId: item.id })).restricted).toBe(true);
  });

  it("links and unlinks a person (analyst only), auditing each change and nothing for a no-op", async () => {
    const item = await createIntelligenceItem(getPrisma(), { submittedById: analyst.id });
    const person = await createPerson(getPrisma());
    const input = { itemId: item.id, kind: "person" as const, targetId: person.id, linked: true };
    await expect(changeIntelligenceLink({ actor: investigator, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await changeIntelligenceLink({ actor: analyst, input })).toEqual({ changed: true });
    expect(await changeIntelligenceLink({ actor: analyst, input })).toEqual({ changed: false });
    expect(await changeIntelligenceLink({ actor: analyst, input: { ...input, linked: false } })).toEqual({
      changed: true,
    });
    const link = await getPrisma().intelligencePerson.findUniqueOrThrow({
      where: { itemId_personId: { itemId: item.id, personId: person.id } },
    });
    expect(link.removedAt).not.toBeNull();
    expect(await listLinkedIntelligence({ actor: analyst, to: { personId: person.id } })).toEqual({
      items: [],
      restricted: null,
    });
    expect(await changeIntelligenceLink({ actor: analyst, input })).toEqual({ changed: true });
    const rows = await getPrisma().auditEvent.findMany({
      where: { event: "intel.linked", entityId: String(item.id) },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => r.category)).toEqual(["COMBINATION", "COMBINATION", "COMBINATION"]);
    await expect(
      changeIntelligenceLink({ actor: analyst, input: { ...input, targetId: 999_999 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("sorting the register by reference (issue 13.12)", () => {
  it("never places a restricted marker among the references an investigator can read", async () => {
    const prisma = getPrisma();
    const a = await createIntelligenceItem(prisma, { submittedById: analyst.id, reference: "SRT-0001" });
    const hidden = await createIntelligenceItem(prisma, {
      submittedById: analyst.id,
      reference: "SRT-0002",
      handlingCode: "C",
    });
    const c = await createIntelligenceItem(prisma, { submittedById: analyst.id, reference: "SRT-0003" });
    const ours = new Set([a.id, hidden.id, c.id]);
    const order = async (actor: Actor, dir: "asc" | "desc") =>
      (await list(actor, { sort: "reference", dir, size: "100" })).rows
        .filter((r) => ours.has(r.id))
        .map((r) => r.id);

    // Readable items by reference, then the markers after all of them.
    expect(await order(investigator, "asc")).toEqual([a.id, c.id, hidden.id]);
    expect(await order(investigator, "desc")).toEqual([c.id, a.id, hidden.id]);
    const page = await list(investigator, { sort: "reference", size: "100" });
    const firstMarker = page.rows.findIndex((r) => r.restricted);
    expect(page.rows.slice(firstMarker).every((r) => r.restricted)).toBe(true);
    expect(page.rows).toHaveLength(page.total);
    // Those who may read C-coded items sort them in place.
    expect(await order(analyst, "asc")).toEqual([a.id, hidden.id, c.id]);
  });
});
