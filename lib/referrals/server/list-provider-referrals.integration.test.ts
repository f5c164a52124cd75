import { beforeAll, describe, expect, it } from "vitest";
import { withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import type { ReferralState } from "@/lib/generated/prisma/enums";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";
import { createReferral } from "@/prisma/factories/create-referral";
import { day } from "@/prisma/factories/create-reference-data";
import { listProviderReferrals } from "@/lib/referrals/server/list-provider-referrals";

let officerId: number;

withTestDatabase();
beforeAll(async () => {
  officerId = (await createUser(getPrisma(), { role: "INVESTIGATOR" })).id;
});

async function referral(provider: string, state: ReferralState, referredOn: string, surname: string) {
  const person = await createPerson(getPrisma(), {
    surname,
    forenames: "Riley",
    vulnerable: true,
    npu: "Coventry",
  });
  return createReferral(getPrisma(), {
    personId: person.id,
    referringOfficerId: officerId,
    provider,
    state,
    referredOn: day(referredOn),
    reason: `Reason for ${surname}`,
    followUpDueOn: state === "COMPLETED" ? day("2027-05-01") : null,
  });
}

describe("listProviderReferrals", () => {
  it("lists only the partner's provider's referrals, open ones first, newest first within each", async () => {
    const partner = await createUser(getPrisma(), { role: "PARTNER", provider: "Catch22" });
    await referral("Catch22", "COMPLETED", "2026-11-20", "Completedly");
    await referral("Catch22", "REFERRED", "2026-10-01", "Olderopen");
    await referral("Catch22", "ENGAGED", "2026-11-01", "Neweropen");
    await referral("Catch22", "DECLINED", "2026-09-01", "Declinedson");
    await referral("Redthread", "REFERRED", "2026-11-25", "Otherprovider");

    const result = await listProviderReferrals({ actor: actorFor(partner) });
    expect(result.providerName).toBe("Catch22");
    expect(result.items.map((r) => r.surname)).toEqual([
      "Neweropen",
      "Olderopen",
      "Completedly",
      "Declinedson",
    ]);
    expect(result).toMatchObject({ total: 4, openCount: 2, page: 1, totalPages: 1 });
  });

  it("returns only the minimum person fields and the referral's own details", async () => {
    const partner = await createUser(getPrisma(), { role: "PARTNER", provider: "Expect Respect" });
    await referral("Expect Respect", "COMPLETED", "2026-11-02", "Minimalfield");
    const [row] = (await listProviderReferrals({ actor: actorFor(partner) })).items;
    expect(Object.keys(row!).sort()).toEqual(
      [
        "id",
        "surname",
        "forenames",
        "dateOfBirth",
        "npuName",
        "reason",
        "state",
        "referredOn",
        "followUpDueOn",
      ].sort(),
    );
    expect(row).toMatchObject({
      surname: "Minimalfield",
      forenames: "Riley",
      dateOfBirth: day("2008-06-15"),
      npuName: "Coventry",
      reason: "Reason for Minimalfield",
      state: "COMPLETED",
      followUpDueOn: day("2027-05-01"),
    });
  });

  it("pages across the open and ended groups", async () => {
    const partner = await createUser(getPrisma(), { role: "PARTNER", provider: "Op Paramount" });
    for (let i = 1; i <= 3; i++) await referral("Op Paramount", "CONTACTED", `2026-10-0${i}`, `Open${i}`);
    for (let i = 1; i <= 3; i++) await referral("Op Paramount", "CLOSED", `2026-09-0${i}`, `Closed${i}`);
    const pages = await Promise.all(
      [1, 2, 3].map((page) => listProviderReferrals({ actor: actorFor(partner), page, pageSize: 2 })),
    );
    expect(pages.map((p) => p.items.map((r) => r.surname))).toEqual([
      ["Open3", "Open2"],
      ["Open1", "Closed3"],
      ["Closed2", "Closed1"],
    ]);
  });

  it("refuses a partner who is not attached to a provider, and audits it", async () => {
    const partner = await createUser(getPrisma(), { role: "PARTNER" });
    await expect(listProviderReferrals({ actor: actorFor(partner) })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const refusal = await getPrisma().auditEvent.findFirst({
      where: { event: "access.refused", actorId: partner.id },
    });
    expect(refusal?.changes).toMatchObject({ detail: { reason: "not attached to a provider" } });
  });

  it("refuses every police role and the administrator, even with a provider id", async () => {
    for (const role of ["CHAIR", "ANALYST", "INVESTIGATOR", "ADMIN"] as const) {
      const user = await createUser(getPrisma(), { role, provider: "St Giles Trust" });
      await expect(listProviderReferrals({ actor: actorFor(user) })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
