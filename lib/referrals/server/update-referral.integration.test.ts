import { describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { actorFor } from "@/lib/testing/actor-for";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { conflictErrors } from "@/lib/testing/conflict-errors";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createReferral as makeReferral } from "@/prisma/factories/create-referral";
import { day } from "@/prisma/factories/create-reference-data";
import { updateReferral } from "@/lib/referrals/server/update-referral";
import { createReferral } from "@/lib/referrals/server/create-referral";
import { getProviderReferral } from "@/lib/referrals/server/get-provider-referral";
import { updateReferralSchema } from "@/lib/referrals/schemas";

withTestDatabase();

const NOW = new Date("2026-11-27T12:00:00.000Z");

async function setUp(provider = "Catch22") {
  const prisma = getPrisma();
  const officer = await createUser(prisma, { role: "INVESTIGATOR" });
  const partner = actorFor(await createUser(prisma, { role: "PARTNER", provider }));
  const person = await createPerson(prisma, { surname: "Lifecycle", forenames: "Sam" });
  const referral = await makeReferral(prisma, {
    personId: person.id,
    referringOfficerId: officer.id,
    provider,
    referredOn: day("2026-11-01"),
  });
  return { partner, referral, officer };
}

const input = (fields: Record<string, unknown>) =>
  updateReferralSchema.parse({ note: "", occurredOn: "2026-11-20", toState: "", ...fields });
/** The caseworker's step as the form sends it, on 27 November 2026. */
const update = (actor: Parameters<typeof updateReferral>[0]["actor"], fields: Record<string, unknown>) =>
  updateReferral({ actor, input: input(fields), now: NOW });
const saved = (id: number) => getPrisma().referral.findUniqueOrThrow({ where: { id } });

describe("updateReferral", () => {
  it("moves a referral through the lifecycle, one dated, attributed event per step; completion sets the follow-up", async () => {
    const { partner, referral } = await setUp();
    let version = referral.version;
    for (const [toState, on] of [
      ["CONTACTED", "2026-11-05"],
      ["ENGAGED", "2026-11-10"],
      ["COMPLETED", "2026-11-26"],
    ] as const) {
      version = (
        await update(partner, { id: referral.id, version, toState, occurredOn: on, note: `Now ${toState}` })
      ).version;
    }
    const row = await saved(referral.id);
    expect(row).toMatchObject({
      state: "COMPLETED",
      stateChangedOn: day("2026-11-26"),
      engagedOn: day("2026-11-10"),
      completedOn: day("2026-11-26"),
      followUpDueOn: day("2027-05-26"),
      version: 4,
    });
    const events = await getPrisma().referralEvent.findMany({
      where: { referralId: referral.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.fromState, e.toState, e.occurredOn.toISOString().slice(0, 10)])).toEqual([
      [null, "REFERRED", "2026-11-01"],
      ["REFERRED", "CONTACTED", "2026-11-05"],
      ["CONTACTED", "ENGAGED", "2026-11-10"],
      ["ENGAGED", "COMPLETED", "2026-11-26"],
    ]);
    expect(events.slice(1).every((e) => e.actorId === partner.id)).toBe(true);
    expect(
      await getPrisma().auditEvent.count({
        where: { event: "referral.updated", entityId: String(referral.id) },
      }),
    ).toBe(3);

    // A note after completion is still allowed; the partner's page shows the history.
    await update(partner, { id: referral.id, version, note: "Follow-up booked", occurredOn: "2026-11-27" });
    const detail = await getProviderReferral({ actor: partner, id: referral.id });
    expect(detail.history.map((h) => h.note)).toEqual([
      "Referral made.",
      "Now CONTACTED",
      "Now ENGAGED",
      "Now COMPLETED",
      "Follow-up booked",
    ]);
    expect(Object.keys(detail)).not.toContain("offenceId");
  });

  it("refuses a skipped or reversed step, with a clear message; nothing changes and the refusal is audited", async () => {
    const { partner, referral } = await setUp();
    await expect(
      update(partner, { id: referral.id, version: 1, toState: "COMPLETED" }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: {
        toState: ["A referred referral cannot move to completed: it can move to contacted, declined, closed"],
      },
    });
    const v2 = (await update(partner, { id: referral.id, version: 1, toState: "CONTACTED" })).version;
    await expect(
      update(partner, { id: referral.id, version: v2, toState: "REFERRED" }),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    await expect(
      update(partner, { id: referral.id, version: v2, toState: "ENGAGED", occurredOn: "2026-11-28" }),
    ).rejects.toMatchObject({ fieldErrors: { occurredOn: ["The date cannot be in the future"] } });
    expect(await saved(referral.id)).toMatchObject({ state: "CONTACTED", version: 2 });
    expect(await getPrisma().referralEvent.count({ where: { referralId: referral.id } })).toBe(2);
    const refusals = await getPrisma().auditEvent.findMany({
      where: { event: "referral.refused", entityId: String(referral.id) },
    });
    expect(refusals.map((r) => (r.changes as { detail: { reason: string } }).detail.reason)).toEqual([
      "outside the lifecycle",
      "outside the lifecycle",
      "date out of range",
    ]);
  });

  it("refuses a stale version as a conflict, writing nothing", async () => {
    const { partner, referral } = await setUp();
    await update(partner, { id: referral.id, version: 1, toState: "CONTACTED" });
    await expect(update(partner, { id: referral.id, version: 1, toState: "DECLINED" })).rejects.toMatchObject(
      { code: "CONFLICT" },
    );
    expect(await saved(referral.id)).toMatchObject({ state: "CONTACTED", version: 2 });
  });

  it("a conflict shows the saved state, date and note beside what the caseworker typed (issue 16)", async () => {
    const { partner, referral } = await setUp();
    await update(partner, { id: referral.id, version: 1, toState: "CONTACTED", note: "Phoned the family" });
    const fieldErrors = await conflictErrors(
      update(partner, { id: referral.id, version: 1, toState: "DECLINED", note: "Declined on the doorstep" }),
    );
    expect(fieldErrors.toState?.[0]).toBe(
      "State was changed: you entered “Declined”, the saved value is “Contacted”",
    );
    expect(fieldErrors.note?.[0]).toContain("the saved value is “Phoned the family”");
    expect(fieldErrors._form?.[0]).toMatch(/saved this referral at .* while you were editing it/);
    expect(await saved(referral.id)).toMatchObject({ state: "CONTACTED", version: 2 });
  });

  it("answers another provider's referral as not found, changes nothing and audits it", async () => {
    const { referral } = await setUp("Catch22");
    const other = actorFor(await createUser(getPrisma(), { role: "PARTNER", provider: "Redthread" }));
    await expect(update(other, { id: referral.id, version: 1, toState: "CONTACTED" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getProviderReferral({ actor: other, id: referral.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await saved(referral.id)).toMatchObject({ state: "REFERRED", version: 1 });
    const refused = await getPrisma().auditEvent.findMany({
      where: { event: "access.refused", actorId: other.id },
    });
    expect(refused.map((r) => (r.changes as { detail: { reason: string } }).detail.reason)).toEqual([
      "another provider's referral",
      "another provider's referral",
    ]);
  });

  it("refuses police roles and administrators: only the provider's caseworker updates", async () => {
    const { referral } = await setUp();
    for (const role of ["CHAIR", "ANALYST", "INVESTIGATOR", "ADMIN"] as const) {
      const actor = actorFor(await createUser(getPrisma(), { role, provider: "Catch22" }));
      await expect(
        update(actor, { id: referral.id, version: 1, toState: "CONTACTED" }),
      ).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
  });
});

describe("createReferral", () => {
  it("refers a person on an offence to an active provider's pathway, as the referring officer", async () => {
    const prisma = getPrisma();
    const officer = actorFor(await createUser(prisma, { role: "INVESTIGATOR" }));
    const person = await createPerson(prisma, { surname: "Referred" });
    const offence = await createOffence(prisma);
    await linkPerson(prisma, offence.id, person.id, "VICTIM");
    const provider = await prisma.provider.findUniqueOrThrow({ where: { name: "Redthread" } });
    const made = await createReferral({
      actor: officer,
      input: {
        offenceId: offence.id,
        personId: person.id,
        route: { providerId: provider.id, pathway: "Hospital youth work" },
        reason: "Harmed in a knife assault",
        referredOn: day("2026-11-27"),
      },
      now: NOW,
    });
    expect(await saved(made.id)).toMatchObject({
      state: "REFERRED",
      referringOfficerId: officer.id,
      offenceId: offence.id,
      providerId: provider.id,
      stateChangedOn: day("2026-11-27"),
    });
    expect(
      await prisma.referralEvent.count({
        where: { referralId: made.id, toState: "REFERRED", actorId: officer.id },
      }),
    ).toBe(1);
    expect(
      await prisma.auditEvent.count({ where: { event: "referral.created", entityId: String(made.id) } }),
    ).toBe(1);
  });

  it("refuses an inactive provider with a clear message, writes nothing and audits the refusal", async () => {
    const prisma = getPrisma();
    const analyst = actorFor(await createUser(prisma, { role: "ANALYST" }));
    const person = await createPerson(prisma, { surname: "Inactive" });
    const closed = await prisma.provider.create({
      data: {
        name: "Closed Service",
        type: "Charity",
        pathways: ["Mentoring"],
        areaCovered: "Nowhere",
        contactRoute: "closed@example.org",
        active: false,
      },
    });
    const before = await prisma.referral.count();
    await expect(
      createReferral({
        actor: analyst,
        input: {
          offenceId: null,
          personId: person.id,
          route: { providerId: closed.id, pathway: "Mentoring" },
          reason: "x",
          referredOn: day("2026-11-27"),
        },
        now: NOW,
      }),
    ).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { route: ["Closed Service is not taking referrals. Select an active provider"] },
    });
    expect(await prisma.referral.count()).toBe(before);
    expect(await prisma.auditEvent.count({ where: { event: "referral.refused", actorId: analyst.id } })).toBe(
      1,
    );
  });
});
