import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { actorFor } from "@/lib/testing/actor-for";
import { makeRoleActor, withTestDatabase } from "@/lib/testing/admin-fixtures";
import type { PersonRole, ReferralState } from "@/lib/generated/prisma/enums";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createReferral } from "@/prisma/factories/create-referral";
import { day } from "@/prisma/factories/create-reference-data";
import { getReferralEffectiveness } from "@/lib/referrals/server/get-referral-effectiveness";
import { listEffectivenessPersons } from "@/lib/referrals/server/list-effectiveness-persons";

withTestDatabase();

const NOW = new Date("2026-11-27T12:00:00.000Z");
const PROVIDER = "Redthread";
const PATHWAY = "Hospital youth work";

async function referred(
  surname: string,
  state: ReferralState,
  dates: { referredOn: string; engagedOn?: string; completedOn?: string },
  provider = PROVIDER,
  pathway = PATHWAY,
) {
  const prisma = getPrisma();
  const officer = await createUser(prisma, { role: "ANALYST" });
  const person = await createPerson(prisma, { surname, forenames: "Fixture" });
  await createReferral(prisma, {
    personId: person.id,
    referringOfficerId: officer.id,
    provider,
    pathway,
    state,
    referredOn: day(dates.referredOn),
    stateChangedOn: day(dates.completedOn ?? dates.engagedOn ?? dates.referredOn),
    engagedOn: dates.engagedOn ? day(dates.engagedOn) : null,
    completedOn: dates.completedOn ? day(dates.completedOn) : null,
  });
  return person.id;
}

async function offence(
  personId: number,
  role: PersonRole,
  occurredOn: string,
  knifeUsed = true,
  removed = false,
) {
  const prisma = getPrisma();
  const o = await createOffence(prisma, { occurredOn: day(occurredOn), knifeUsed });
  const link = await linkPerson(prisma, o.id, personId, role);
  if (removed) await prisma.offencePerson.update({ where: { id: link.id }, data: { removedAt: new Date() } });
}

describe("referral effectiveness on a hand-counted fixture (today = 27 Nov 2026)", () => {
  it("matches the hand count", async () => {
    // Redthread / Hospital youth work, eight referrals:
    const p1 = await referred("One", "COMPLETED", {
      referredOn: "2025-01-15",
      engagedOn: "2025-02-01",
      completedOn: "2025-04-01",
    });
    await offence(p1, "VICTIM", "2025-06-01"); //             61 days after completion: again within 6 and 12 months
    const p2 = await referred("Two", "COMPLETED", {
      referredOn: "2025-01-15",
      engagedOn: "2025-02-01",
      completedOn: "2025-04-01",
    });
    await offence(p2, "SUSPECT", "2026-01-15"); //            289 days after: again within 12 months only
    await offence(p2, "VICTIM", "2025-05-01", false); //      not knife-used: ignored
    const p3 = await referred("Three", "COMPLETED", {
      referredOn: "2025-01-15",
      engagedOn: "2025-02-01",
      completedOn: "2025-04-01",
    });
    await offence(p3, "VICTIM", "2025-05-01", true, true); // link removed: ignored
    await offence(p3, "WITNESS", "2025-05-02"); //            witness: ignored
    const p4 = await referred("Four", "COMPLETED", {
      referredOn: "2026-08-01",
      engagedOn: "2026-08-10",
      completedOn: "2026-10-01",
    });
    await offence(p4, "VICTIM", "2026-10-20"); //             completed too recently: in neither window's count
    const p5 = await referred("Five", "DECLINED", { referredOn: "2025-03-01" });
    await offence(p5, "VICTIM", "2025-05-01"); //             comparison: 61 days after referral
    const p6 = await referred("Six", "CLOSED", { referredOn: "2025-03-01" });
    await offence(p6, "SUSPECT", "2025-02-01"); //            before the referral: ignored
    await referred("Seven", "CLOSED", { referredOn: "2025-03-01", engagedOn: "2025-03-10" }); // engaged then closed: not comparison
    await referred("Eight", "CONTACTED", { referredOn: "2026-11-01" }); //                        still open
    // Another provider's referral is its own row.
    await referred(
      "Nine",
      "REFERRED",
      { referredOn: "2026-11-20" },
      "Catch22",
      "Violence reduction resettlement",
    );

    const chair = actorFor(await createUser(getPrisma(), { role: "CHAIR" }));
    const rows = await getReferralEffectiveness({ actor: chair, now: NOW });
    expect(rows.map((r) => `${r.provider} / ${r.pathway}`)).toEqual([
      "Catch22 / Violence reduction resettlement",
      "Redthread / Hospital youth work",
    ]);
    const red = rows[1]!;
    // Hand count:
    //   referrals 8 (One … Eight); engaged 5 (One, Two, Three, Four, Seven) = 62.5%;
    //   completed 4 (One … Four) = 50.0%.
    //   Completed with 6 months passed: One, Two, Three = 3; appeared again: One = 1 → 33.3%.
    //   Completed with 12 months passed: One, Two, Three = 3; appeared again: One, Two = 2 → 66.7%.
    //   Referred but not engaged (Five declined, Six closed), 6 and 12 months passed: 2;
    //   appeared again: Five = 1 → 50.0% for both windows.
    expect(red.counts).toEqual({
      referred: 8,
      engaged: 5,
      completed: 4,
      "completed-183-eligible": 3,
      "completed-183-again": 1,
      "completed-365-eligible": 3,
      "completed-365-again": 2,
      "comparison-183-eligible": 2,
      "comparison-183-again": 1,
      "comparison-365-eligible": 2,
      "comparison-365-again": 1,
    });
    expect(red).toMatchObject({
      engagementRate: 62.5,
      completionRate: 50,
      completedAgain: { 183: 33.3, 365: 66.7 },
      comparisonAgain: { 183: 50, 365: 50 },
    });
    expect(rows[0]).toMatchObject({
      counts: { referred: 1, engaged: 0 },
      engagementRate: 0,
      completedAgain: { 183: null, 365: null },
    });

    // Every number lists the persons behind it.
    const analyst = actorFor(await createUser(getPrisma(), { role: "ANALYST" }));
    const again12 = await listEffectivenessPersons({
      actor: analyst,
      provider: PROVIDER,
      pathway: PATHWAY,
      measure: "completed-365-again",
      now: NOW,
    });
    expect(again12.total).toBe(2);
    expect(again12.items.map((p) => p.name)).toEqual(["ONE, Fixture", "TWO, Fixture"]);
    expect(again12.items.map((p) => p.personId)).toEqual([p1, p2]);
    const comparison = await listEffectivenessPersons({
      actor: analyst,
      provider: PROVIDER,
      pathway: PATHWAY,
      measure: "comparison-183-eligible",
      now: NOW,
    });
    expect(comparison.items.map((p) => p.personId).sort()).toEqual([p5, p6].sort());
    const paged = await listEffectivenessPersons({
      actor: analyst,
      provider: PROVIDER,
      pathway: PATHWAY,
      measure: "referred",
      page: 2,
      pageSize: 5,
      now: NOW,
    });
    expect(paged).toMatchObject({ total: 8, page: 2, totalPages: 2 });
    // Oldest referral first: One, Two, Three (Jan 2025), Five, Six, Seven (Mar 2025), Four (Aug 2026), Eight (Nov 2026).
    expect(paged.items.map((p) => p.name)).toEqual(["SEVEN, Fixture", "FOUR, Fixture", "EIGHT, Fixture"]);
    const consulted = await getPrisma().auditEvent.count({
      where: { event: "referral.viewed", actorId: analyst.id },
    });
    expect(consulted).toBe(3);
  });

  it("is refused to investigators, partners and administrators, and the refusal is audited", async () => {
    for (const role of ["INVESTIGATOR", "PARTNER", "ADMIN"] as const) {
      const actor = await makeRoleActor(role, PROVIDER);
      await expect(getReferralEffectiveness({ actor, now: NOW })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
      await expect(
        listEffectivenessPersons({
          actor,
          provider: PROVIDER,
          pathway: PATHWAY,
          measure: "referred",
          now: NOW,
        }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(
        await getPrisma().auditEvent.count({ where: { event: "access.refused", actorId: actor.id } }),
      ).toBe(2);
    }
  });
});
