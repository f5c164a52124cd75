import { describe, expect, it } from "vitest";
import { makeRoleActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { statementsOf } from "@/lib/testing/sql-statements";
import type { InvestigationStatus } from "@/lib/generated/prisma/enums";
import { createUser } from "@/prisma/factories/create-user";
import { createOffence } from "@/prisma/factories/create-offence";
import { createInvestigation } from "@/prisma/factories/create-investigation";
import { day } from "@/prisma/factories/create-reference-data";
import { listMyInvestigations } from "@/lib/investigations/server/list-my-investigations";
import { listFlaggedInvestigations } from "@/lib/investigations/server/list-flagged-investigations";

const now = new Date("2026-11-27T12:00:00Z");

withTestDatabase();

async function caseFor(
  oicId: number | null,
  status: InvestigationStatus,
  nextReviewOn: string | null,
  extra = {},
) {
  const offence = await createOffence(getPrisma(), { recordedOn: day("2026-10-05") });
  await createInvestigation(getPrisma(), {
    offenceId: offence.id,
    oicId,
    status,
    nextReviewOn: nextReviewOn ? day(nextReviewOn) : null,
    ...extra,
  });
  return offence.crimeReference;
}

describe("listMyInvestigations", () => {
  it("lists only the actor's unfinished investigations, soonest review first, overdue ones marked", async () => {
    const prisma = getPrisma();
    const me = await createUser(prisma, { role: "INVESTIGATOR", npu: "Birmingham East" });
    const colleague = await createUser(prisma, { role: "INVESTIGATOR", npu: "Birmingham East" });
    const later = await caseFor(me.id, "OPEN", "2026-12-10");
    const overdue = await caseFor(me.id, "PENDING_SUSPECT", "2026-11-20");
    const noReview = await caseFor(me.id, "OPEN", null);
    const today = await caseFor(me.id, "CHARGED", "2026-11-27");
    await caseFor(me.id, "FINALISED", "2026-11-01");
    await caseFor(colleague.id, "OPEN", "2026-11-01");
    await caseFor(null, "OPEN", "2026-11-01");

    const result = await listMyInvestigations({ actor: actorFor(me), now });
    expect(result.items.map((c) => c.crimeReference)).toEqual([overdue, today, later, noReview]);
    expect(result.items.map((c) => c.reviewOverdue)).toEqual([true, false, false, false]);
    expect(result).toMatchObject({ total: 4, overdueReviews: 1, page: 1, totalPages: 1 });
    expect(result.items[0]).toMatchObject({
      offenceDescription: expect.any(String),
      status: "PENDING_SUSPECT",
    });
  });

  it("pages through a long caseload, and shows the last page for a page past the end", async () => {
    const prisma = getPrisma();
    const me = await createUser(prisma, { role: "INVESTIGATOR" });
    for (let i = 1; i <= 7; i++) await caseFor(me.id, "OPEN", `2026-12-${String(i).padStart(2, "0")}`);
    const second = await listMyInvestigations({ actor: actorFor(me), page: 2, pageSize: 3, now });
    expect(second).toMatchObject({ total: 7, page: 2, totalPages: 3 });
    expect(second.items.map((c) => c.nextReviewOn?.toISOString().slice(0, 10))).toEqual([
      "2026-12-04",
      "2026-12-05",
      "2026-12-06",
    ]);
    const past = await listMyInvestigations({ actor: actorFor(me), page: 99, pageSize: 3, now });
    expect(past.page).toBe(3);
    expect(past.items).toHaveLength(1);
  });

  it("shows an empty list to an officer with no open cases", async () => {
    const me = await createUser(getPrisma(), { role: "INVESTIGATOR" });
    expect(await listMyInvestigations({ actor: actorFor(me), now })).toMatchObject({
      items: [],
      total: 0,
      totalPages: 1,
    });
  });

  it("refuses a partner and an administrator, and audits it", async () => {
    for (const role of ["PARTNER", "ADMIN"] as const) {
      const actor = await makeRoleActor(role);
      await expect(listMyInvestigations({ actor, now })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      const refusal = await getPrisma().auditEvent.findFirst({
        where: { event: "access.refused", actorId: actor.id },
      });
      expect(refusal?.changes).toMatchObject({ detail: { permission: "investigations.read" } });
    }
  });
});

describe("listFlaggedInvestigations", () => {
  it("counts unfinished flagged cases and lists the most recently flagged first", async () => {
    const prisma = getPrisma();
    const chair = await createUser(prisma, { role: "CHAIR" });
    const oic = await createUser(prisma, { role: "INVESTIGATOR", name: "DC Flagged Owner" });
    const flag = (at: string, reason: string) => ({
      flaggedForScrutiny: true,
      scrutinyReason: reason,
      flaggedAt: new Date(at),
    });
    const older = await caseFor(oic.id, "OPEN", "2026-12-01", flag("2026-11-01T09:00:00Z", "Older flag"));
    const newer = await caseFor(oic.id, "CHARGED", "2026-12-01", flag("2026-11-20T09:00:00Z", "Newer flag"));
    await caseFor(
      oic.id,
      "FINALISED",
      null,
      flag("2026-11-25T09:00:00Z", "Finalised, no longer scrutinised"),
    );
    await caseFor(oic.id, "OPEN", "2026-12-01");

    const result = await listFlaggedInvestigations({ actor: actorFor(chair), limit: 1 });
    expect(result.total).toBe(2);
    expect(result.items).toEqual([
      expect.objectContaining({
        crimeReference: newer,
        scrutinyReason: "Newer flag",
        oicName: "DC Flagged Owner",
      }),
    ]);
    const all = await listFlaggedInvestigations({ actor: actorFor(chair) });
    expect(all.items.map((c) => c.crimeReference)).toEqual([newer, older]);
    expect(all.total).toBe(2);
    // Issue 15: fewer flagged cases than the limit are their own count, with no COUNT statement,
    // and the officer's name and the case's reference and description come in the same statement.
    const sent = await statementsOf(() => listFlaggedInvestigations({ actor: actorFor(chair) }));
    expect(sent, sent.join("\n")).toHaveLength(1);
  });

  it("refuses a partner", async () => {
    const partner = await createUser(getPrisma(), { role: "PARTNER", provider: "Redthread" });
    await expect(listFlaggedInvestigations({ actor: actorFor(partner) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
