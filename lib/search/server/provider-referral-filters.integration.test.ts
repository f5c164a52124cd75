import { beforeAll, describe, expect, it } from "vitest";
import { withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { actorFor } from "@/lib/testing/actor-for";
import { getPrisma } from "@/lib/db/server/prisma";
import { listProviderReferrals } from "@/lib/referrals/server/list-provider-referrals";
import { parseReferralFilters } from "@/lib/search/referral-filters";
import { createUser } from "@/prisma/factories/create-user";
import { createPerson } from "@/prisma/factories/create-person";
import { createReferral } from "@/prisma/factories/create-referral";
import { ensureReferenceData } from "@/prisma/factories/create-reference-data";

// Issue 18: a partner finds their referrals by name (misspelt) or number and filters by state and
// follow-up due; never another provider's; a name search is logged with its terms.

const ids = {} as Record<"due" | "engaged" | "other" | "otherProvider", number>;

withTestDatabase();
const actors = withActors({ partner: "PARTNER" });
beforeAll(async () => {
  const db = getPrisma();
  await ensureReferenceData(db);
  const officer = await createUser(db, { role: "INVESTIGATOR" });
  const kit = await createPerson(db, { surname: "Farrowdale", forenames: "Kit" });
  const ada = await createPerson(db, { surname: "Pennicott", forenames: "Ada" });
  ids.due = (
    await createReferral(db, {
      personId: kit.id,
      referringOfficerId: officer.id,
      state: "COMPLETED",
      completedOn: new Date("2026-01-05T00:00:00Z"),
      followUpDueOn: new Date("2026-07-05T00:00:00Z"),
    })
  ).id;
  ids.engaged = (
    await createReferral(db, { personId: kit.id, referringOfficerId: officer.id, state: "ENGAGED" })
  ).id;
  ids.other = (await createReferral(db, { personId: ada.id, referringOfficerId: officer.id })).id;
  ids.otherProvider = (
    await createReferral(db, { personId: kit.id, referringOfficerId: officer.id, provider: "Redthread" })
  ).id;
});

const list = async (params: Record<string, string>) => {
  const { filters } = parseReferralFilters(params);
  const page = await listProviderReferrals({
    actor: actors.partner,
    filters,
    now: new Date("2026-12-07T12:00:00Z"),
  });
  return page.items.map((r) => r.id).sort((a, b) => a - b);
};

describe("a partner's referral list filters", () => {
  it("finds by a misspelt name, in either order, only this provider's referrals", async () => {
    expect(await list({ q: "Farrowdal" })).toEqual([ids.due, ids.engaged].sort((a, b) => a - b));
    expect(await list({ q: "kit farrowdale" })).toEqual([ids.due, ids.engaged].sort((a, b) => a - b));
    expect(await list({ q: "Nobody Atall" })).toEqual([]);
  });

  it("finds by the first letters of each word, or a word and letters, only this provider's referrals", async () => {
    const kit = [ids.due, ids.engaged].sort((a, b) => a - b);
    expect(await list({ q: "Fa" })).toEqual(kit);
    expect(await list({ q: "ki fa" })).toEqual(kit);
    expect(await list({ q: "Farrowdale Ki" })).toEqual(kit);
    expect(await list({ q: "Pe" })).toEqual([ids.other]);
    expect(await list({ q: "Ad Fa" })).toEqual([]);
  });

  it("counts and pages every referral a broad name matches, not the first thousand", async () => {
    const db = getPrisma();
    const officer = await createUser(db, { role: "INVESTIGATOR" });
    const redthread = actorFor(await createUser(db, { role: "PARTNER", provider: "Redthread" }));
    const { providerId } = await db.referral.findUniqueOrThrow({ where: { id: ids.otherProvider } });
    const person = await createPerson(db, { surname: "Hollowmere", forenames: "Sam" });
    await db.referral.createMany({
      data: Array.from({ length: 1005 }, () => ({
        personId: person.id,
        providerId,
        referringOfficerId: officer.id,
        pathway: "Hospital reachable moment",
        reason: "Synthetic test referral.",
        referredOn: new Date("2026-11-02T00:00:00Z"),
        stateChangedOn: new Date("2026-11-02T00:00:00Z"),
      })),
    });
    for (const q of ["Hollowmere", "Ho", "Sam Hollowmere"]) {
      const page = await listProviderReferrals({
        actor: redthread,
        filters: parseReferralFilters({ q }).filters,
      });
      expect(page.total, q).toBe(1005);
    }
  });

  it("finds by referral number, never another provider's", async () => {
    expect(await list({ q: String(ids.other) })).toEqual([ids.other]);
    expect(await list({ q: `R${ids.otherProvider}` })).toEqual([]);
  });

  it("filters by state and by follow-up due, combined with the name", async () => {
    expect(await list({ state: "ENGAGED" })).toEqual([ids.engaged]);
    expect(await list({ due: "yes" })).toEqual([ids.due]);
    expect(await list({ q: "Farrowdale", due: "yes" })).toEqual([ids.due]);
    expect(await list({ state: "NOT_A_STATE" })).toHaveLength(3);
  });

  it("logs a search by name or number with its terms; filters alone log nothing", async () => {
    const rows = () =>
      getPrisma().auditEvent.findMany({
        where: { actorId: actors.partner.id, event: "referral.searched-by-person" },
        orderBy: { id: "asc" },
      });
    const before = (await rows()).length;
    await list({ q: "Pennicot" });
    await list({ state: "REFERRED" });
    const after = await rows();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({
      category: "CONSULTATION",
      changes: { detail: { terms: "Pennicot" } },
    });
  });

  it("answers bad text with a message and no filter", () => {
    expect(parseReferralFilters({ q: "a" })).toMatchObject({ filters: { q: null }, message: /^Enter / });
    expect(parseReferralFilters({ q: "%_" }).filters.q).toBeNull();
  });
});
