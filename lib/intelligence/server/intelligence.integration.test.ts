import { beforeAll, describe, expect, it } from "vitest";
import { refusalsOf, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { parseIntelListQuery } from "@/lib/intelligence/list-query";
import { intelligenceAccess } from "@/lib/intelligence/server/intel-access";
import { listIntelligence } from "@/lib/intelligence/server/list-intelligence";
import { getIntelligenceRecord } from "@/lib/intelligence/server/get-intelligence-record";
import { listLinkedIntelligence } from "@/lib/intelligence/server/list-linked-intelligence";
import { createPerson } from "@/prisma/factories/create-person";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { day } from "@/prisma/factories/create-reference-data";

// The one intelligence access rule across list, count, search, record and linked sections. The
// writes (submission, re-grading, linking): intelligence-writes.integration.test.ts.

const SECRET = "Restricted: zebra-kestrel carries a machete for the Eastside group.";
const list = (actor: Actor, params: Record<string, string> = {}) =>
  listIntelligence({ actor, query: parseIntelListQuery(params).query });

withTestDatabase();
const actors = withActors({
  analyst: { role: "ANALYST", name: "Ana Analyst" },
  investigator: "INVESTIGATOR",
  chair: "CHAIR",
  partner: "PARTNER",
  admin: "ADMIN",
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
        submittedById: actors.analyst.id,
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
        submittedById: actors.analyst.id,
        text: "Open zebra-kestrel sighting.",
        receivedOn: day("2026-11-02"),
        personIds: [person.id],
      })
    ).id;
    await createIntelligenceItem(prisma, {
      submittedById: actors.analyst.id,
      text: "Withdrawn zebra-kestrel item.",
      withdrawnAt: new Date(),
      personIds: [person.id],
    });
  });

  it("lists restricted items to an investigator as markers only, and counts them", async () => {
    const page = await list(actors.investigator);
    const restricted = page.rows.find((r) => r.id === restrictedId);
    expect(restricted).toEqual({
      restricted: true,
      id: restrictedId,
      receivedOn: day("2026-11-10"),
      submittedBy: "Ana Analyst",
    });
    expect(page.rows.find((r) => r.id === openId)).toMatchObject({ restricted: false, grading: "2 B P" });
    expect(JSON.stringify(page)).not.toContain("Restricted: zebra");
    expect(page.total).toBe((await list(actors.analyst)).total);
    expect(page.gradingSortable).toBe(false);
  });

  it("never finds a restricted item by its text, reference or grading for an investigator", async () => {
    const found = await list(actors.investigator, { q: "zebra-kestrel" });
    expect(found.rows.map((r) => r.id)).toEqual([openId]);
    expect(found.total).toBe(1);
    expect((await list(actors.investigator, { q: "machete" })).total).toBe(0);
    expect((await list(actors.investigator, { source: "S1" })).total).toBe(0);
    expect((await list(actors.investigator, { assessment: "A" })).total).toBe(0);
    // The handling filter is about what a marker already shows.
    expect((await list(actors.investigator, { handling: "C" })).rows.map((r) => r.id)).toEqual([
      restrictedId,
    ]);
  });

  it("gives the chair and analyst everything, searchable, and leaves withdrawn items out", async () => {
    const found = await list(actors.chair, { q: "zebra-kestrel" });
    expect(found.rows.map((r) => r.id)).toEqual([restrictedId, openId]);
    expect(found.rows[0]).toMatchObject({
      restricted: false,
      text: SECRET,
      grading: "1 A C",
      handlingConditions: expect.any(String),
    });
    expect((await list(actors.analyst, { source: "S1" })).rows.map((r) => r.id)).toEqual([restrictedId]);
  });

  it("refuses partners and administrators everywhere, audited, and their where-fragment matches nothing", async () => {
    for (const actor of [actors.partner, actors.admin]) {
      const before = await refusalsOf(actor);
      await expect(list(actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(getIntelligenceRecord({ actor, itemId: openId })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(listLinkedIntelligence({ actor, to: { personId: person.id } })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      expect(await refusalsOf(actor)).toBe(before + 3);
      expect(await getPrisma().intelligenceItem.count({ where: intelligenceAccess(actor).exists })).toBe(0);
    }
  });

  it("opens a restricted record for an investigator as the marker only, and logs the consultation", async () => {
    const record = await getIntelligenceRecord({ actor: actors.investigator, itemId: restrictedId });
    expect(record).toEqual({
      restricted: true,
      item: { restricted: true, id: restrictedId, receivedOn: day("2026-11-10"), submittedBy: "Ana Analyst" },
      submittedByRole: "Analyst",
    });
    expect(JSON.stringify(record)).not.toContain("zebra");
    const viewed = await getPrisma().auditEvent.findFirst({
      where: { event: "intel.viewed", actorId: actors.investigator.id, entityId: String(restrictedId) },
    });
    expect(viewed).toMatchObject({ category: "CONSULTATION" });
  });

  it("opens the full record, with history and links, for the analyst", async () => {
    const record = await getIntelligenceRecord({ actor: actors.analyst, itemId: restrictedId });
    if (record.restricted) throw new Error("expected the full record");
    expect(record.item.text).toBe(SECRET);
    expect(record.history).toHaveLength(1);
    expect(record.persons.map((p) => p.id)).toEqual([person.id]);
  });

  it("lists a person's linked intelligence newest first; restricted only as a notice of whom to ask (issue 13.13)", async () => {
    const linked = await listLinkedIntelligence({ actor: actors.investigator, to: { personId: person.id } });
    expect(linked.items.map((l) => [l.id, l.restricted])).toEqual([[openId, false]]);
    expect(linked.restricted).toEqual({ count: 1, askSubmitters: ["Ana Analyst"] });
    // Nothing that ties the register's marker (id, received date) to this person.
    expect(JSON.stringify(linked)).not.toContain("2026-11-10");
    expect(JSON.stringify(linked)).not.toContain(`"id":${restrictedId},`);
    const full = await listLinkedIntelligence({ actor: actors.chair, to: { personId: person.id } });
    expect(full.items.map((l) => l.id)).toEqual([restrictedId, openId]);
    expect(full.restricted).toBeNull();
  });
});

describe("sorting the register by reference (issue 13.12)", () => {
  it("never places a restricted marker among the references an investigator can read", async () => {
    const prisma = getPrisma();
    const a = await createIntelligenceItem(prisma, {
      submittedById: actors.analyst.id,
      reference: "SRT-0001",
    });
    const hidden = await createIntelligenceItem(prisma, {
      submittedById: actors.analyst.id,
      reference: "SRT-0002",
      handlingCode: "C",
    });
    const c = await createIntelligenceItem(prisma, {
      submittedById: actors.analyst.id,
      reference: "SRT-0003",
    });
    const ours = new Set([a.id, hidden.id, c.id]);
    const order = async (actor: Actor, dir: "asc" | "desc") =>
      (await list(actor, { sort: "reference", dir, size: "100" })).rows
        .filter((r) => ours.has(r.id))
        .map((r) => r.id);

    // Readable items by reference, then the markers after all of them.
    expect(await order(actors.investigator, "asc")).toEqual([a.id, c.id, hidden.id]);
    expect(await order(actors.investigator, "desc")).toEqual([c.id, a.id, hidden.id]);
    const page = await list(actors.investigator, { sort: "reference", size: "100" });
    const firstMarker = page.rows.findIndex((r) => r.restricted);
    expect(page.rows.slice(firstMarker).every((r) => r.restricted)).toBe(true);
    expect(page.rows).toHaveLength(page.total);
    // Those who may read C-coded items sort them in place.
    expect(await order(actors.analyst, "asc")).toEqual([a.id, hidden.id, c.id]);
  });
});
