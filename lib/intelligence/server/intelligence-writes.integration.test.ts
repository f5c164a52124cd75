import { describe, expect, it } from "vitest";
import { refusalsOf, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import { submitIntelligenceSchema } from "@/lib/intelligence/schemas";
import { getIntelligenceRecord } from "@/lib/intelligence/server/get-intelligence-record";
import { listLinkedIntelligence } from "@/lib/intelligence/server/list-linked-intelligence";
import { submitIntelligence } from "@/lib/intelligence/server/submit-intelligence";
import { regradeIntelligence } from "@/lib/intelligence/server/regrade-intelligence";
import { changeIntelligenceLink } from "@/lib/intelligence/server/change-intelligence-link";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence } from "@/prisma/factories/create-offence";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";

// The intelligence writes: submission, re-grading with history, linking — each audited, refusals
// included. The access rule they rely on: intelligence.integration.test.ts.

withTestDatabase();
const actors = withActors({ analyst: "ANALYST", investigator: "INVESTIGATOR", partner: "PARTNER" });

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
      actor: actors.investigator,
      input: form({ personIds: [person.id], offenceIds: [offence.id] }),
    });
    expect(made.reference).toMatch(/^CG-INT-2026-\d{5}$/);
    const item = await getPrisma().intelligenceItem.findUniqueOrThrow({
      where: { id: made.id },
      include: { gradings: true, persons: true, offences: true },
    });
    expect(item).toMatchObject({
      submittedById: actors.investigator.id,
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
    const refusedBefore = await refusalsOf(actors.analyst);
    await expect(
      submitIntelligence({
        actor: actors.analyst,
        input: { ...form(), handlingCode: "C", handlingConditions: "" },
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { handlingConditions: [expect.stringContaining("handling conditions")] },
    });
    await expect(
      submitIntelligence({ actor: actors.analyst, input: { ...form(), sourceEvaluation: "S4" as never } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await getPrisma().intelligenceItem.count()).toBe(itemsBefore);
    expect(await refusalsOf(actors.analyst)).toBe(refusedBefore + 2);
  });

  it("refuses partners (audited) and keeps linking groups to those who may read groups", async () => {
    await expect(submitIntelligence({ actor: actors.partner, input: form() })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      submitIntelligence({ actor: actors.investigator, input: form({ groupIds: [1] }) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("re-grading and linking", () => {
  it("keeps the old grading in the history, audits before and after, and refuses a stale version", async () => {
    const item = await createIntelligenceItem(getPrisma(), { submittedById: actors.analyst.id });
    const input = {
      id: item.id,
      version: 1,
      sourceEvaluation: "S1" as const,
      assessment: "A" as const,
      handlingCode: "C" as const,
      handlingConditions: "OIC only",
      reason: "Corroborated by CCTV",
    };
    await expect(regradeIntelligence({ actor: actors.investigator, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      regradeIntelligence({ actor: actors.analyst, input: { ...input, handlingConditions: " " } }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await regradeIntelligence({ actor: actors.analyst, input })).toEqual({
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
      gradedById: actors.analyst.id,
      handlingConditions: "OIC only",
    });
    const audit = await getPrisma().auditEvent.findFirstOrThrow({
      where: { event: "intel.graded", entityId: String(item.id) },
    });
    expect(audit.category).toBe("ALTERATION");

    const conflict = regradeIntelligence({ actor: actors.analyst, input: { ...input, assessment: "B" } });
    await expect(conflict).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("1 A C"),
    });
    expect(await getPrisma().intelligenceGrading.count({ where: { itemId: item.id } })).toBe(2);
    // Once C-coded, the item is a marker for the investigator.
    expect((await getIntelligenceRecord({ actor: actors.investigator, itemId: item.id })).restricted).toBe(
      true,
    );
  });

  it("links and unlinks a person (analyst only), auditing each change and nothing for a no-op", async () => {
    const item = await createIntelligenceItem(getPrisma(), { submittedById: actors.analyst.id });
    const person = await createPerson(getPrisma());
    const input = { itemId: item.id, kind: "person" as const, targetId: person.id, linked: true };
    await expect(changeIntelligenceLink({ actor: actors.investigator, input })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await changeIntelligenceLink({ actor: actors.analyst, input })).toEqual({ changed: true });
    expect(await changeIntelligenceLink({ actor: actors.analyst, input })).toEqual({ changed: false });
    expect(
      await changeIntelligenceLink({ actor: actors.analyst, input: { ...input, linked: false } }),
    ).toEqual({
      changed: true,
    });
    const link = await getPrisma().intelligencePerson.findUniqueOrThrow({
      where: { itemId_personId: { itemId: item.id, personId: person.id } },
    });
    expect(link.removedAt).not.toBeNull();
    expect(await listLinkedIntelligence({ actor: actors.analyst, to: { personId: person.id } })).toEqual({
      items: [],
      restricted: null,
    });
    expect(await changeIntelligenceLink({ actor: actors.analyst, input })).toEqual({ changed: true });
    const rows = await getPrisma().auditEvent.findMany({
      where: { event: "intel.linked", entityId: String(item.id) },
      orderBy: { id: "asc" },
    });
    expect(rows.map((r) => r.category)).toEqual(["COMBINATION", "COMBINATION", "COMBINATION"]);
    await expect(
      changeIntelligenceLink({ actor: actors.analyst, input: { ...input, targetId: 999_999 } }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
