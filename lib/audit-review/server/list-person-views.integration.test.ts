import { beforeAll, describe, expect, it } from "vitest";
import { recordConsultation } from "@/lib/audit/server/record-consultation";
import {
  auditRows,
  makeActor,
  ONE_OF_EACH_ROLE,
  withActors,
  withTestDatabase,
} from "@/lib/testing/admin-fixtures";
import { listPersonViews } from "@/lib/audit-review/server/list-person-views";

withTestDatabase();

const actors = withActors(ONE_OF_EACH_ROLE);
beforeAll(async () => {
  await recordConsultation({
    actor: actors.analyst,
    event: "person.viewed",
    entity: { type: "person", id: 41 },
    justification: "Safeguarding",
  });
  await recordConsultation({
    actor: actors.investigator,
    event: "person.viewed",
    entity: { type: "person", id: 41 },
    justification: "Investigating an offence I am responsible for",
  });
  await recordConsultation({
    actor: actors.analyst,
    event: "person.viewed",
    entity: { type: "person", id: 42 },
    justification: "Someone else",
  });
});

describe("listPersonViews", () => {
  it("lists who consulted the person, when and why, newest first, and only that person", async () => {
    const page = await listPersonViews({ actor: actors.chair, personId: 41 });
    expect(page.total).toBe(2);
    expect(page.views).toMatchObject([
      {
        actorId: actors.investigator.id,
        event: "person.viewed",
        justification: "Investigating an offence I am responsible for",
      },
      { actorId: actors.analyst.id, justification: "Safeguarding" },
    ]);
    expect(page.views[0]!.occurredAt.getTime()).toBeGreaterThanOrEqual(page.views[1]!.occurredAt.getTime());
  });

  it("logs the look-up against the person, but never counts it as a view of the person", async () => {
    await listPersonViews({ actor: actors.admin, personId: 41 });
    const row = (await auditRows({ event: "audit.searched", entityType: "person", entityId: "41" })).at(-1);
    expect(row).toMatchObject({
      actorId: actors.admin.id,
      category: "CONSULTATION",
      justification: expect.any(String),
    });
    expect((await listPersonViews({ actor: actors.admin, personId: 41 })).total).toBe(2);
  });

  it("is refused to the analyst, investigator and partner, and audited", async () => {
    for (const role of ["ANALYST", "INVESTIGATOR", "PARTNER"] as const) {
      const { actor } = await makeActor(role);
      await expect(listPersonViews({ actor, personId: 41 })).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(
        (await auditRows({ event: "access.refused", entityType: "person", entityId: "41" })).at(-1),
      ).toMatchObject({ actorId: actor.id });
    }
  });
});
