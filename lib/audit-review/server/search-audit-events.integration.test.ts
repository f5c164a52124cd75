import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf } from "@/lib/audit/events";
import { writeAudit } from "@/lib/audit/server/write-audit";
import { HIDDEN_VALUE } from "@/lib/audit/change-summary";
import { parseAuditSearch } from "@/lib/audit/search-filters";
import { auditRows, makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { searchAuditEvents } from "@/lib/audit-review/server/search-audit-events";

withTestDatabase();

let investigator: Actor;

const actors = withActors({
  admin: { role: "ADMIN", name: "Audrey Auditor", email: "audrey@captiva.test" },
  analyst: { role: "ANALYST", name: "Annie Analyst", email: "annie@captiva.test" },
});
beforeAll(async () => {
  investigator = (await makeActor("INVESTIGATOR", { name: "Ivan Investigator", email: "ivan@captiva.test" }))
    .actor;
  const prisma = getPrisma();
  await writeAudit(prisma, {
    event: "person.viewed",
    actor: auditActorOf(actors.analyst),
    entity: { type: "person", id: 7 },
    justification: "Safeguarding",
  });
  await writeAudit(prisma, {
    event: "person.updated",
    actor: auditActorOf(actors.analyst),
    entity: { type: "person", id: 7 },
    before: { surname: "Smith" },
    after: { surname: "Smyth" },
  });
  await writeAudit(prisma, {
    event: "offence.viewed",
    actor: auditActorOf(investigator),
    entity: { type: "offence", id: 3 },
    justification: "My case",
  });
  await writeAudit(prisma, {
    event: "user.disabled",
    actor: auditActorOf(actors.admin),
    entity: { type: "user", id: investigator.id },
    before: { disabledAt: null },
    after: { disabledAt: "2026-03-01T10:00:00.000Z" },
  });
  // Events on set days (the app always writes "now"; occurredAt is only settable by SQL like this).
  for (const [day, id] of [
    ["2026-01-05T12:00:00Z", 100],
    ["2026-01-06T23:30:00Z", 101],
    ["2026-01-08T09:00:00Z", 102],
  ] as const) {
    await prisma.auditEvent.create({
      data: {
        occurredAt: new Date(day),
        category: "CONSULTATION",
        event: "group.viewed",
        entityType: "group",
        entityId: String(id),
        actorId: actors.analyst.id,
        actorLabel: "Annie Analyst (Analyst)",
        justification: "Meeting",
      },
    });
  }
});

const search = (params: Record<string, string>, actor = actors.admin, pageSize?: number) => {
  const parsed = parseAuditSearch(params);
  return searchAuditEvents({ actor, criteria: parsed.criteria, page: parsed.page, pageSize });
};

describe("searchAuditEvents", () => {
  it("finds a user's events by a fragment of their name or email, newest first", async () => {
    const byName = await search({ user: "annie" });
    const byEmail = await search({ user: "ANNIE@CAPTIVA" });
    expect(byName.events.map((e) => e.event)).toEqual([
      "person.updated",
      "person.viewed",
      "group.viewed",
      "group.viewed",
      "group.viewed",
    ]);
    expect(byEmail.events.map((e) => e.id)).toEqual(byName.events.map((e) => e.id));
    expect(byName.total).toBe(5);
    expect((await search({ user: "nobody at all" })).events).toEqual([]);
  });

  it("filters by record, event, category and UK dates", async () => {
    expect((await search({ entityType: "person", entityId: "7" })).events.map((e) => e.event)).toEqual([
      "person.updated",
      "person.viewed",
    ]);
    expect((await search({ event: "offence.viewed" })).events).toMatchObject([
      { actorId: investigator.id, justification: "My case", entityId: "3" },
    ]);
    const consultations = await search({ category: "CONSULTATION", user: "ivan" });
    expect(consultations.events.map((e) => e.event)).toEqual(["offence.viewed"]);
    // 23:30 UTC on 6 January is still 6 January in the UK (GMT); "to" includes its whole day.
    expect((await search({ from: "6/1/2026", to: "6/1/2026" })).events.map((e) => e.entityId)).toEqual([
      "101",
    ]);
    expect(
      (await search({ from: "2026-01-06", event: "group.viewed" })).events.map((e) => e.entityId),
    ).toEqual(["102", "101"]);
  });

  it("pages through the results with a total", async () => {
    const page2 = await search({ event: "group.viewed", page: "2" }, actors.admin, 2);
    expect(page2).toMatchObject({ total: 3, capped: false, page: 2, totalPages: 2 });
    expect(page2.events.map((e) => e.entityId)).toEqual(["100"]);
  });

  it("shows account changes to the admin but hides the values of case records", async () => {
    const [disabled] = (await search({ event: "user.disabled" })).events;
    expect(disabled?.changes.fields).toEqual([
      { field: "disabledAt", from: "(none)", to: "2026-03-01T10:00:00.000Z" },
    ]);
    const [updated] = (await search({ event: "person.updated" })).events;
    expect(updated?.changes).toMatchObject({
      valuesHidden: true,
      fields: [{ field: "surname", from: HIDDEN_VALUE, to: HIDDEN_VALUE }],
    });
    expect(JSON.stringify(updated)).not.toContain("Smyth");
  });

  it("logs each search as a consultation of the log, with its filters", async () => {
    await search({ entityType: "person", entityId: "7", from: "1/1/2026" });
    const row = (await auditRows({ event: "audit.searched" })).at(-1);
    expect(row).toMatchObject({
      actorId: actors.admin.id,
      category: "CONSULTATION",
      entityType: "person",
      entityId: "7",
      justification: expect.any(String),
    });
    expect(row?.changes).toMatchObject({
      detail: {
        filters: { entityType: "person", entityId: "7", fromInstant: "2026-01-01T00:00:00.000Z" },
        page: 1,
        results: 3,
      },
    });
    // 3: the person's two events and the earlier search of this record, which is itself on record.
  });

  it("is refused to every role without audit.read (the chair included), and audited", async () => {
    for (const role of ["CHAIR", "ANALYST", "INVESTIGATOR", "PARTNER"] as const) {
      const { actor } = await makeActor(role);
      const before = await getPrisma().auditEvent.count({ where: { event: "audit.searched" } });
      await expect(search({}, actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await getPrisma().auditEvent.count({ where: { event: "audit.searched" } })).toBe(before);
      expect((await auditRows({ event: "access.refused" })).at(-1)).toMatchObject({
        actorId: actor.id,
        changes: { detail: { permission: "audit.read" } },
      });
    }
  });
});
