import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "@/lib/db/server/prisma";
import { makeActor, withActors, withTestDatabase } from "@/lib/testing/admin-fixtures";
import { createActionItem } from "@/prisma/factories/create-meeting";
import { createIntelligenceItem } from "@/prisma/factories/create-intelligence-item";
import { createOffence, linkPerson } from "@/prisma/factories/create-offence";
import { createPerson } from "@/prisma/factories/create-person";
import { createReferral } from "@/prisma/factories/create-referral";
import { loadPersonSections } from "@/lib/person-record/server/load-person-sections";

// The linked sections of a person record, each under its own row rule: restricted intelligence
// only as a notice for an investigator, referrals only those they made, actions only their own,
// no group membership at all. The chair sees every row. Read back against rows written here.

withTestDatabase();

const today = new Date("2026-11-27T00:00:00.000Z");
let personId: number;

const actors = withActors({
  chair: "CHAIR",
  analyst: { role: "ANALYST", name: "Analyst Submitter" },
  investigator: "INVESTIGATOR",
  otherInvestigator: "INVESTIGATOR",
});
beforeAll(async () => {
  const prisma = getPrisma();
  personId = (await createPerson(prisma)).id;
  const offence = await createOffence(prisma);
  await linkPerson(prisma, offence.id, personId, "VICTIM");
  await createIntelligenceItem(prisma, {
    submittedById: actors.analyst.id,
    personIds: [personId],
    text: "Synthetic open intelligence",
  });
  await createIntelligenceItem(prisma, {
    submittedById: actors.analyst.id,
    personIds: [personId],
    handlingCode: "C",
    text: "Synthetic restricted intelligence",
  });
  await createReferral(prisma, {
    personId,
    referringOfficerId: actors.investigator.id,
    pathway: "Own referral",
  });
  await createReferral(prisma, {
    personId,
    referringOfficerId: actors.otherInvestigator.id,
    pathway: "Other referral",
  });
  await createActionItem(prisma, {
    ownerId: actors.investigator.id,
    raisedById: actors.chair.id,
    title: "Own action",
    personId,
  });
  await createActionItem(prisma, {
    ownerId: actors.otherInvestigator.id,
    raisedById: actors.chair.id,
    title: "Other officer's action",
    personId,
  });
  const group = await prisma.group.create({ data: { name: "Synthetic Crew", type: "STREET_GANG" } });
  await prisma.groupMembership.create({
    data: { groupId: group.id, personId, role: "associate", startOn: new Date("2026-01-01T00:00:00.000Z") },
  });
});

const texts = (s: Awaited<ReturnType<typeof loadPersonSections>>) =>
  (s.intelligence?.items ?? []).map((i) => (i.restricted ? "(restricted)" : i.text)).sort();

describe("loadPersonSections", () => {
  it("gives the chair every linked row", async () => {
    const s = await loadPersonSections({ actor: actors.chair, personId, today });
    expect(s.offences).toHaveLength(1);
    expect(texts(s)).toEqual(["Synthetic open intelligence", "Synthetic restricted intelligence"]);
    expect(s.intelligence?.restricted).toBeNull();
    expect(s.referrals?.map((r) => r.pathway).sort()).toEqual(["Other referral", "Own referral"]);
    expect(s.actions.map((a) => a.title).sort()).toEqual(["Other officer's action", "Own action"]);
    expect(s.activeGroupMemberships).toBe(1);
  });

  it("gives an investigator restricted intelligence only as a notice, their own referrals and actions, no groups", async () => {
    const s = await loadPersonSections({ actor: actors.investigator, personId, today });
    expect(texts(s)).toEqual(["Synthetic open intelligence"]);
    expect(JSON.stringify(s)).not.toContain("Synthetic restricted intelligence");
    expect(s.intelligence?.restricted).toEqual({ count: 1, askSubmitters: ["Analyst Submitter"] });
    expect(s.referrals?.map((r) => r.pathway)).toEqual(["Own referral"]);
    expect(s.actions.map((a) => a.title)).toEqual(["Own action"]);
    expect(s.activeGroupMemberships).toBeNull();
  });

  it("gives a partner no intelligence, referral or group section, and none of the officers' actions", async () => {
    const partner = (await makeActor("PARTNER")).actor;
    const s = await loadPersonSections({ actor: partner, personId, today });
    expect(s.intelligence).toBeNull();
    expect(s.referrals).toBeNull();
    expect(s.actions).toEqual([]);
    expect(s.activeGroupMemberships).toBeNull();
  });
});
